package org.jointcultivation.core.party;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcultivation.core.internal.Checks;

/**
 * Identifies an institution within a record; compared by its text.
 *
 * @param value the identifier, not blank, no surrounding white space, at most 256 characters
 * @since 0.1.0
 */
@com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NONE) // plain text where declared as itself; see PartyId
public record InstitutionId(String value) implements PartyId {
  /**
   * Creates an identifier.
   *
   * @throws org.jointcultivation.core.ValidationException if {@code value} is blank, padded or too long
   */
  public InstitutionId {
    Checks.name("InstitutionId", null, "value", value);
  }

  /** Shorthand for {@code new InstitutionId(value)}; also how JSON reads it. */
  @JsonCreator
  public static InstitutionId of(String value) {
    return new InstitutionId(value);
  }

  /** Returns the identifier text; also how JSON writes it. */
  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
