package org.jointcultivation.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jointcultivation.core.DateRange;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.norm.Recurrence;
import org.jointcultivation.core.norm.RecurrenceUnit;
import org.jointcultivation.rules.StandardTemplates;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Periods cut time into a recurring duty's periods: contiguous, never overlapping, on the configured bounds. */
class PeriodsTest {
  private static Periods periods(Recurrence recurrence, Map<String, String> parameters) {
    return new Periods(ConfiguredRule.of(RegulationPacks.norm("n", StandardTemplates.MINIMUM_COUNT_PER_PERIOD, "n",
        RegulationPacks.source("College", AuthorityLevel.INSTITUTION, "Rules", "§1"), parameters, BearerRole.STUDENT)
        .recurrence(recurrence).build(), "P@1", AuthorityLevel.INSTITUTION));
  }

  @Test
  void academicYears_startOnTheConfiguredDay() {
    List<DateRange> years = periods(Recurrence.every(RecurrenceUnit.ACADEMIC_YEAR), Map.of("yearStart", "08-15"))
        .between(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1));
    assertEquals(List.of(DateRange.of(LocalDate.of(2025, 8, 15), LocalDate.of(2026, 8, 14)),
        DateRange.of(LocalDate.of(2026, 8, 15), LocalDate.of(2027, 8, 14))), years);
  }

  @Test
  void terms_followTheConfiguredStarts() {
    List<DateRange> terms = periods(Recurrence.every(RecurrenceUnit.TERM), Map.of("termStarts", "09-01,01-10,04-20"))
        .between(LocalDate.of(2025, 9, 5), LocalDate.of(2026, 5, 1));
    assertEquals(List.of(DateRange.of(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 9)),
        DateRange.of(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 4, 19)),
        DateRange.of(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 8, 31))), terms);
  }

  @Test
  void periods_tileTimeFromTheFirstDayToTheLast_inEveryUnit() {
    qt().forAll(SourceDSL.arbitrary().enumValues(RecurrenceUnit.class),
            SourceDSL.integers().between(1, 3), SourceDSL.integers().between(0, 3_000),
            SourceDSL.integers().between(0, 800))
        .checkAssert((unit, every, from, length) -> {
          LocalDate start = LocalDate.of(2020, 1, 1).plusDays(from);
          LocalDate end = start.plusDays(length);
          List<DateRange> cut = periods(Recurrence.builder().unit(unit).every(every).build(),
              Map.of()).between(start, end);
          assertFalse(cut.isEmpty());
          assertFalse(cut.get(0).start().isAfter(start), "the first period holds the first day");
          assertTrue(cut.get(0).contains(start), "the first period holds the first day");
          assertTrue(cut.get(cut.size() - 1).contains(end), "the last period holds the last day");
          for (int i = 1; i < cut.size(); i++) {
            assertEquals(cut.get(i - 1).end().orElseThrow().plusDays(1), cut.get(i).start(), "no gap, no overlap");
          }
        });
  }
}
