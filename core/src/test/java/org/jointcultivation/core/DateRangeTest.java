package org.jointcultivation.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jointcultivation.core.testing.Rejections.assertRejected;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {
  private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

  @Test
  void of_endBeforeStart_isRejected() {
    assertRejected("DateRange", "end", "must not be before the start",
        () -> DateRange.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 1, 31)));
  }

  @Test
  void contains_includesBothEnds() {
    DateRange range = DateRange.of(EPOCH, EPOCH.plusDays(9));

    assertTrue(range.contains(EPOCH));
    assertTrue(range.contains(EPOCH.plusDays(9)));
    assertFalse(range.contains(EPOCH.plusDays(10)));
    assertFalse(range.contains(EPOCH.minusDays(1)));
    assertEquals(10, range.lengthInDays(EPOCH));
  }

  @Test
  void openEnded_containsEveryLaterDay() {
    DateRange range = DateRange.from(EPOCH);

    assertTrue(range.contains(LocalDate.of(2999, 1, 1)));
    assertEquals("2020-01-01..", range.toString());
    assertEquals(31, range.lengthInDays(EPOCH.plusDays(30)));
  }

  @Test
  void enclosesAndOverlaps_agreeWithContainsOnEveryDay() {
    qt().forAll(integers().between(0, 60), integers().between(0, 30),
            integers().between(0, 60), integers().between(0, 30))
        .checkAssert((aStart, aLength, bStart, bLength) -> {
          DateRange a = DateRange.of(EPOCH.plusDays(aStart), EPOCH.plusDays(aStart + aLength));
          DateRange b = DateRange.of(EPOCH.plusDays(bStart), EPOCH.plusDays(bStart + bLength));
          boolean everyDayOfBInA = true;
          boolean someDayInBoth = false;
          for (int day = bStart; day <= bStart + bLength; day++) {
            boolean inA = a.contains(EPOCH.plusDays(day));
            everyDayOfBInA &= inA;
            someDayInBoth |= inA;
          }
          assertEquals(everyDayOfBInA, a.encloses(b));
          assertEquals(someDayInBoth, a.overlaps(b));
          assertEquals(a.overlaps(b), b.overlaps(a));
        });
  }
}
