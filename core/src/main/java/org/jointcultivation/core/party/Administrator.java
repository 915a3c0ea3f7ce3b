package org.jointcultivation.core.party;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * A member of an institution's staff who runs agreements, evaluations or discipline.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdministrator.class)
@JsonDeserialize(as = ImmutableAdministrator.class)
public abstract class Administrator {
  Administrator() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier, unique within a record. */
  public abstract AdministratorId id();

  /** The administrator's name. */
  public abstract String name();

  /** The institution the administrator acts for. */
  public abstract InstitutionId institution();

  /** What the administrator is responsible for. */
  public abstract Set<AdministratorRole> roles();

  @Value.Check
  void check() {
    Checks.name("Administrator", id(), "name", name());
  }

  /** Builds an {@link Administrator}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableAdministrator.Builder {
    Builder() {}
  }
}
