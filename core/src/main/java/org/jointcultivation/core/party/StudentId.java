package org.jointcultivation.core.party;

import org.jointcultivation.core.internal.Checks;

/**
 * Identifies a student (trainee) within a record; compared by its text.
 *
 * @param value the identifier, not blank, no surrounding white space, at most 256 characters
 * @since 0.1.0
 */
public record StudentId(String value) implements PersonId {
  /**
   * Creates an identifier.
   *
   * @throws org.jointcultivation.core.ValidationException if {@code value} is blank, padded or too long
   */
  public StudentId {
    Checks.name("StudentId", null, "value", value);
  }

  /** Shorthand for {@code new StudentId(value)}. */
  public static StudentId of(String value) {
    return new StudentId(value);
  }

  /** Returns the identifier text. */
  @Override
  public String toString() {
    return value;
  }
}
