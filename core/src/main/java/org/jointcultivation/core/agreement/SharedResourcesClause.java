package org.jointcultivation.core.agreement;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.InstitutionId;

/**
 * What one party makes available to the others' trainees: laboratories, instruments, teaching.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("SharedResourcesClause")
@JsonSerialize(as = ImmutableSharedResourcesClause.class)
@JsonDeserialize(as = ImmutableSharedResourcesClause.class)
public abstract non-sealed class SharedResourcesClause implements AgreementClause {
  SharedResourcesClause() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String reference();

  /** The party that shares; must be a party to the agreement. */
  public abstract InstitutionId provider();

  /** What is shared; at least one kind. */
  public abstract Set<SharedResource> resources();

  @Value.Check
  void check() {
    Checks.name("SharedResourcesClause", reference(), "reference", reference());
    Checks.check(
        !resources().isEmpty(),
        "SharedResourcesClause",
        reference(),
        "resources",
        resources(),
        "must name at least one resource");
  }

  /** Builds a {@link SharedResourcesClause}. */
  public static final class Builder extends ImmutableSharedResourcesClause.Builder {
    Builder() {}
  }
}
