package org.jointcultivation.core.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcultivation.core.internal.Checks;

/**
 * Identifies a cooperation agreement within a record; compared by its text.
 *
 * @param value the identifier, not blank, no surrounding white space, at most 256 characters
 * @since 0.1.0
 */
@com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NONE) // plain text where declared as itself; see PartyId
public record AgreementId(String value) implements org.jointcultivation.core.party.PartyId {
  /**
   * Creates an identifier.
   *
   * @throws org.jointcultivation.core.ValidationException if {@code value} is blank, padded or too long
   */
  public AgreementId {
    Checks.name("AgreementId", null, "value", value);
  }

  /** Shorthand for {@code new AgreementId(value)}; also how JSON reads it. */
  @JsonCreator
  public static AgreementId of(String value) {
    return new AgreementId(value);
  }

  /** Returns the identifier text; also how JSON writes it. */
  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
