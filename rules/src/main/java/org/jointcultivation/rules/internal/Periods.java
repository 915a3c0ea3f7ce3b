package org.jointcultivation.rules.internal;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jointcultivation.core.DateRange;
import org.jointcultivation.core.norm.Recurrence;
import org.jointcultivation.core.norm.RecurrenceUnit;
import org.jointcultivation.rules.spi.ConfiguredRule;

/**
 * Cuts time into a recurring duty's periods. Boundaries are configuration: {@code yearStart}
 * (default {@code 09-01}) for academic years, {@code termStarts} (default {@code 09-01,02-15})
 * for terms; months are calendar months, weeks start on Monday; {@code every} groups units.
 */
final class Periods {
  private final RecurrenceUnit unit;
  private final int every;
  private final MonthDay yearStart;
  private final List<MonthDay> termStarts;
  private final String description;

  Periods(ConfiguredRule configuration) {
    Recurrence recurrence = configuration.norm().recurrence()
        .or(() -> configuration.enumParameter("unit", RecurrenceUnit.class).map(Recurrence::every))
        .orElseThrow(() -> configuration.error("unit", "is required: set the norm's recurrence or a unit parameter"));
    this.unit = recurrence.unit();
    this.every = recurrence.every();
    this.yearStart = configuration.monthDay("yearStart", MonthDay.of(9, 1));
    List<MonthDay> terms = configuration.monthDays("termStarts");
    this.termStarts = terms.isEmpty()
        ? ImmutableList.of(MonthDay.of(2, 15), MonthDay.of(9, 1))
        : terms.stream().sorted().collect(ImmutableList.toImmutableList());
    this.description = (every == 1 ? "" : every + " × ")
        + unit.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  String describe() {
    return description;
  }

  /** The periods from the one containing {@code from} up to the one containing {@code asOf}. */
  List<DateRange> between(LocalDate from, LocalDate asOf) {
    List<DateRange> periods = new ArrayList<>();
    LocalDate start = startOfPeriodContaining(from);
    while (!start.isAfter(asOf) && periods.size() < 10_000) {
      LocalDate next = advance(start);
      periods.add(DateRange.of(start, next.minusDays(1)));
      start = next;
    }
    return periods;
  }

  private LocalDate startOfPeriodContaining(LocalDate day) {
    return switch (unit) {
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case CALENDAR_YEAR -> day.withDayOfYear(1);
      case ACADEMIC_YEAR -> {
        LocalDate thisYear = yearStart.atYear(day.getYear());
        yield thisYear.isAfter(day) ? yearStart.atYear(day.getYear() - 1) : thisYear;
      }
      case TERM -> {
        LocalDate best = termStarts.get(termStarts.size() - 1).atYear(day.getYear() - 1);
        for (int year = day.getYear() - 1; year <= day.getYear(); year++) {
          for (MonthDay term : termStarts) {
            LocalDate candidate = term.atYear(year);
            if (!candidate.isAfter(day)) {
              best = candidate;
            }
          }
        }
        yield best;
      }
    };
  }

  private LocalDate advance(LocalDate start) {
    return switch (unit) {
      case WEEK -> start.plusWeeks(every);
      case MONTH -> start.plusMonths(every);
      case CALENDAR_YEAR, ACADEMIC_YEAR -> start.plusYears(every);
      case TERM -> {
        LocalDate next = start;
        for (int i = 0; i < every; i++) {
          next = nextTermStart(next);
        }
        yield next;
      }
    };
  }

  private LocalDate nextTermStart(LocalDate start) {
    for (int year = start.getYear(); year <= start.getYear() + 1; year++) {
      for (MonthDay term : termStarts) {
        LocalDate candidate = term.atYear(year);
        if (candidate.isAfter(start)) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("no term starts after " + start);
  }
}
