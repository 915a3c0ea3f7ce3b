package org.jointcultivation.rules.internal;

import com.google.common.base.Splitter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/** Business days: Monday to Friday, except an institution's holidays. */
final class BusinessDays {
  private BusinessDays() {}

  /** The business days after {@code from}, up to and including {@code to}; negative if {@code to} comes first. */
  static long between(LocalDate from, LocalDate to, Set<LocalDate> holidays) {
    if (to.isBefore(from)) {
      return -between(to, from, holidays);
    }
    long days = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
          && !holidays.contains(day)) {
        days++;
      }
    }
    return days;
  }

  /** The holidays in a comma-separated list of ISO dates, e.g. an institution's {@code holidays} attribute. */
  static Set<LocalDate> holidays(String list) {
    return Splitter.on(',').trimResults().omitEmptyStrings().splitToStream(list).map(LocalDate::parse)
        .collect(Collectors.toUnmodifiableSet());
  }
}
