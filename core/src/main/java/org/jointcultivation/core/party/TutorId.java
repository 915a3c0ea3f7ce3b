package org.jointcultivation.core.party;

import org.jointcultivation.core.internal.Checks;

/**
 * Identifies a tutor within a record; compared by its text.
 *
 * @param value the identifier, not blank, no surrounding white space, at most 256 characters
 * @since 0.1.0
 */
public record TutorId(String value) implements PersonId {
  /**
   * Creates an identifier.
   *
   * @throws org.jointcultivation.core.ValidationException if {@code value} is blank, padded or too long
   */
  public TutorId {
    Checks.name("TutorId", null, "value", value);
  }

  /** Shorthand for {@code new TutorId(value)}. */
  public static TutorId of(String value) {
    return new TutorId(value);
  }

  /** Returns the identifier text. */
  @Override
  public String toString() {
    return value;
  }
}
