package org.jointcultivation.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.jointcultivation.core.testing.Rejections.assertRejected;

import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void of_zeroOrNegative_isRejected() {
    assertRejected("Money", "amount", "must be positive", () -> Money.of("0", "CNY"));
    assertRejected("Money", "amount", "must be positive", () -> Money.of("-5", "CNY"));
  }

  @Test
  void of_notANumberOrUnknownCurrency_isRejected() {
    assertRejected("Money", "amount", "decimal", () -> Money.of("lots", "CNY"));
    assertRejected("Money", "currency", "ISO 4217", () -> Money.of("10", "XYZW"));
  }

  @Test
  void of_hugeOrTooFine_isRejected() {
    assertRejected("Money", "amount", "at most 15 digits", () -> Money.of("1e999999999", "CNY"));
    assertRejected("Money", "amount", "at most 15 digits", () -> Money.of("1000000000000000", "CNY"));
    assertRejected("Money", "amount", "at most 6 decimal places", () -> Money.of("1.0000001", "CNY"));
    assertEquals("999999999999999.999999 CNY", Money.of("999999999999999.999999", "CNY").toString());
    assertEquals("1 CNY", Money.of("1.0000000000", "CNY").toString());
  }

  @Test
  void equality_ignoresTrailingZeros() {
    assertEquals(Money.of("10.00", "CNY"), Money.of("10", "CNY"));
    assertEquals("10 CNY", Money.of("10.00", "CNY").toString());
  }

  @Test
  void plus_addsSameCurrency_rejectsOther() {
    assertEquals(Money.of("15.5", "CNY"), Money.of("10", "CNY").plus(Money.of("5.5", "CNY")));
    assertRejected("Money", "currency", "must match", () -> Money.of("10", "CNY").plus(Money.of("1", "EUR")));
  }
}
