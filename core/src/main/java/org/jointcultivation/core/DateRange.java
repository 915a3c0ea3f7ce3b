package org.jointcultivation.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A span of calendar days, both ends inclusive; the end may be open ("until further notice").
 *
 * <p>Validity of agreements and assignments, placement periods and leave all use it.
 *
 * @since 0.1.0
 */
public final class DateRange {
  private final LocalDate start;
  private final @Nullable LocalDate end;

  private DateRange(LocalDate start, @Nullable LocalDate end) {
    this.start = Objects.requireNonNull(start, "start");
    this.end = end;
  }

  /**
   * The days from {@code start} to {@code end}, both included.
   *
   * @throws ValidationException if {@code end} is before {@code start}
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new ValidationException(
          "DateRange", null, "end", end, "must not be before the start (" + start + ")");
    }
    return new DateRange(start, end);
  }

  /** The days from {@code start} on, with no end yet. */
  public static DateRange from(LocalDate start) {
    return new DateRange(start, null);
  }

  /** The first day. */
  public LocalDate start() {
    return start;
  }

  /** The last day, if the range is closed. */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /** Whether the range has no end. */
  public boolean isOpenEnded() {
    return end == null;
  }

  /** Whether {@code day} lies within the range. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && (end == null || !day.isAfter(end));
  }

  /** Whether every day of {@code other} lies within this range. */
  public boolean encloses(DateRange other) {
    if (other.start.isBefore(start)) {
      return false;
    }
    if (end == null) {
      return true;
    }
    return other.end != null && !other.end.isAfter(end);
  }

  /** Whether the two ranges share at least one day. */
  public boolean overlaps(DateRange other) {
    boolean startsBeforeOtherEnds = other.end == null || !start.isAfter(other.end);
    boolean otherStartsBeforeThisEnds = end == null || !other.start.isAfter(end);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /**
   * The number of days in the range, counting both ends, with an open end taken as {@code
   * openEndAsOf}.
   */
  public long lengthInDays(LocalDate openEndAsOf) {
    Objects.requireNonNull(openEndAsOf, "openEndAsOf");
    LocalDate last = end == null ? openEndAsOf : end;
    return last.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, last) + 1;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DateRange range
        && start.equals(range.start)
        && Objects.equals(end, range.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /** Renders as {@code 2025-09-01..2026-08-31}, or {@code 2025-09-01..} when open-ended. */
  @Override
  public String toString() {
    return start + ".." + (end == null ? "" : end.toString());
  }
}
