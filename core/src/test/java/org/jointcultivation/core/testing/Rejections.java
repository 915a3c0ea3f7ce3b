package org.jointcultivation.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jointcultivation.core.ValidationException;
import org.junit.jupiter.api.function.Executable;

/** Asserts that bad input is rejected with an exception naming the type, field and rule. */
public final class Rejections {
  private Rejections() {}

  /**
   * Asserts that {@code action} throws a {@link ValidationException} naming {@code type} and
   * {@code field}, whose message contains {@code ruleFragment}.
   */
  public static ValidationException assertRejected(
      String type, String field, String ruleFragment, Executable action) {
    ValidationException error = assertThrows(ValidationException.class, action);
    assertEquals(type, error.type(), error.getMessage());
    assertEquals(field, error.field(), error.getMessage());
    assertTrue(error.rule().contains(ruleFragment), error.getMessage());
    assertTrue(error.getMessage().startsWith(type), error.getMessage());
    return error;
  }
}
