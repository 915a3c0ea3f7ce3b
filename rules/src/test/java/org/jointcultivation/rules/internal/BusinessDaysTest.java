package org.jointcultivation.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Business days: five in every week, one fewer for each holiday on a weekday, none gained from one at a weekend. */
class BusinessDaysTest {
  private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

  @Test
  void everyWholeWeek_hasFiveBusinessDays_fromAnyDay() {
    qt().forAll(SourceDSL.integers().between(0, 3000), SourceDSL.integers().between(0, 200))
        .checkAssert((offset, weeks) -> {
          LocalDate from = EPOCH.plusDays(offset);
          assertEquals(5L * weeks, BusinessDays.between(from, from.plusWeeks(weeks), Set.of()));
          assertEquals(-5L * weeks, BusinessDays.between(from.plusWeeks(weeks), from, Set.of()));
        });
  }

  @Test
  void aHolidayInTheSpan_removesOneBusinessDay_onlyOnAWeekday() {
    qt().forAll(SourceDSL.integers().between(0, 3000), SourceDSL.integers().between(1, 60),
        SourceDSL.integers().between(1, 60))
        .checkAssert((offset, span, at) -> {
          LocalDate from = EPOCH.plusDays(offset);
          LocalDate to = from.plusDays(span);
          LocalDate holiday = from.plusDays(Math.min(at, span));
          boolean weekday = holiday.getDayOfWeek() != DayOfWeek.SATURDAY && holiday.getDayOfWeek() != DayOfWeek.SUNDAY;
          assertEquals(BusinessDays.between(from, to, Set.of()) - (weekday ? 1 : 0),
              BusinessDays.between(from, to, Set.of(holiday)));
        });
  }

  @Test
  void theVictoriaScenario_countsTwentyFromFridayToFriday_andNineteenWithAHoliday() {
    LocalDate lodged = LocalDate.of(2025, 10, 31);
    LocalDate presented = LocalDate.of(2025, 11, 28);
    assertEquals(20, BusinessDays.between(lodged, presented, Set.of()));
    assertEquals(19, BusinessDays.between(lodged, presented, BusinessDays.holidays("2025-11-11, 2025-12-25")));
  }
}
