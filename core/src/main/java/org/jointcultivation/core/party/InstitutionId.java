package org.jointcultivation.core.party;

import org.jointcultivation.core.internal.Checks;

/**
 * Identifies an institution within a record; compared by its text.
 *
 * @param value the identifier, not blank, no surrounding white space, at most 256 characters
 * @since 0.1.0
 */
public record InstitutionId(String value)  {
  /**
   * Creates an identifier.
   *
   * @throws org.jointcultivation.core.ValidationException if {@code value} is blank, padded or too long
   */
  public InstitutionId {
    Checks.name("InstitutionId", null, "value", value);
  }

  /** Shorthand for {@code new InstitutionId(value)}. */
  public static InstitutionId of(String value) {
    return new InstitutionId(value);
  }

  /** Returns the identifier text. */
  @Override
  public String toString() {
    return value;
  }
}
