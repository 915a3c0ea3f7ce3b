package org.jointcultivation.core.party;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jointcultivation.core.internal.Checks;

/**
 * Identifies an administrator within a record; compared by its text.
 *
 * @param value the identifier, not blank, no surrounding white space, at most 256 characters
 * @since 0.1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE) // plain text where declared as itself; see PersonId
public record AdministratorId(String value) implements PersonId {
  /**
   * Creates an identifier.
   *
   * @throws org.jointcultivation.core.ValidationException if {@code value} is blank, padded or too long
   */
  public AdministratorId {
    Checks.name("AdministratorId", null, "value", value);
  }

  /** Shorthand for {@code new AdministratorId(value)}; also how JSON reads it. */
  @JsonCreator
  public static AdministratorId of(String value) {
    return new AdministratorId(value);
  }

  /** Returns the identifier text; also how JSON writes it. */
  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
