package org.jointcultivation.core.agreement;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * On what grounds, and with what notice, the joint cultivation may be terminated.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("TerminationClause")
@JsonSerialize(as = ImmutableTerminationClause.class)
@JsonDeserialize(as = ImmutableTerminationClause.class)
public abstract non-sealed class TerminationClause implements AgreementClause {
  TerminationClause() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String reference();

  /** The grounds that allow termination; at least one. */
  public abstract Set<TerminationGround> grounds();

  /** The notice a party must give, if any. */
  public abstract Optional<Period> noticePeriod();

  @Value.Check
  void check() {
    Checks.name("TerminationClause", reference(), "reference", reference());
    Checks.check(
        !grounds().isEmpty(),
        "TerminationClause",
        reference(),
        "grounds",
        grounds(),
        "must name at least one ground");
    noticePeriod()
        .ifPresent(p -> Checks.positive("TerminationClause", reference(), "noticePeriod", p));
  }

  /** Builds a {@link TerminationClause}. */
  public static final class Builder extends ImmutableTerminationClause.Builder {
    Builder() {}
  }
}
