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
