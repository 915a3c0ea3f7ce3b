package org.jointcultivation.core;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A span of calendar days, both ends inclusive; the end may be open ("until further notice").
 *
 * <p>Validity of agreements and assignments, placement periods and leave all use it. In JSON it is
 * {@code {"start": "2025-09-01", "end": "2026-08-31"}}, without {@code end} when open-ended.
 *
 * @since 0.1.0
 */
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = DateRange.JsonForm.class)
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

  @JsonProperty("start")
  private LocalDate startForJson() {
    return start;
  }

  @JsonProperty("end")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private @Nullable LocalDate endForJson() {
    return end;
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

  /** Reads the JSON form, where {@code end} may be left out. */
  @JsonPOJOBuilder(withPrefix = "")
  static final class JsonForm {
    private @Nullable LocalDate start;
    private @Nullable LocalDate end;

    @JsonProperty("start")
    JsonForm start(LocalDate start) {
      this.start = start;
      return this;
    }

    @JsonProperty("end")
    JsonForm end(@Nullable LocalDate end) {
      this.end = end;
      return this;
    }

    DateRange build() {
      if (start == null) {
        throw new ValidationException("DateRange", null, "start", null, "is required");
      }
      return end == null ? from(start) : of(start, end);
    }
  }
}
