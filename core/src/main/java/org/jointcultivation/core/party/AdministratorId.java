package org.jointcultivation.core.party;

import org.jointcultivation.core.internal.Checks;

/**
 * Identifies an administrator within a record; compared by its text.
 *
 * @param value the identifier, not blank, no surrounding white space, at most 256 characters
 * @since 0.1.0
 */
public record AdministratorId(String value) implements PersonId {
  /**
   * Creates an identifier.
   *
   * @throws org.jointcultivation.core.ValidationException if {@code value} is blank, padded or too long
   */
  public AdministratorId {
    Checks.name("AdministratorId", null, "value", value);
  }

  /** Shorthand for {@code new AdministratorId(value)}. */
  public static AdministratorId of(String value) {
    return new AdministratorId(value);
  }

  /** Returns the identifier text. */
  @Override
  public String toString() {
    return value;
  }
}
