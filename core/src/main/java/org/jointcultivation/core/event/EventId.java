package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jointcultivation.core.internal.Checks;

/**
 * Identifies an event; stable across systems, so that a repeated delivery of the same event is recognised within a record; compared by its text.
 *
 * @param value the identifier, not blank, no surrounding white space, at most 256 characters
 * @since 0.1.0
 */
public record EventId(String value)  {
  /**
   * Creates an identifier.
   *
   * @throws org.jointcultivation.core.ValidationException if {@code value} is blank, padded or too long
   */
  public EventId {
    Checks.name("EventId", null, "value", value);
  }

  /** Shorthand for {@code new EventId(value)}; also how JSON reads it. */
  @JsonCreator
  public static EventId of(String value) {
    return new EventId(value);
  }

  /** Returns the identifier text; also how JSON writes it. */
  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
