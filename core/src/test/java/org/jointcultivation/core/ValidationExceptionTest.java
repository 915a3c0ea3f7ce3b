package org.jointcultivation.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValidationExceptionTest {
  @Test
  void message_namesTypeSubjectFieldValueAndRule() {
    ValidationException error =
        new ValidationException("Placement", "S-1@IMB", "host", "ENT-9", "must be a party");

    assertEquals("Placement [S-1@IMB] field 'host' = \"ENT-9\": must be a party", error.getMessage());
    assertEquals("Placement", error.type());
    assertEquals("S-1@IMB", error.subject());
    assertEquals("host", error.field());
    assertEquals("\"ENT-9\"", error.value());
    assertEquals("must be a party", error.rule());
    assertInstanceOf(IllegalArgumentException.class, error);
  }

  @Test
  void message_withoutSubject_omitsBrackets() {
    ValidationException error = new ValidationException("Money", null, "amount", 0, "must be positive");

    assertEquals("Money field 'amount' = 0: must be positive", error.getMessage());
    assertNull(error.subject());
  }

  @Test
  void message_hugeValue_isTruncated() {
    ValidationException error =
        new ValidationException("Student", null, "name", "x".repeat(10_000), "too long");

    assertTrue(error.getMessage().length() < 300, error.getMessage());
  }
}
