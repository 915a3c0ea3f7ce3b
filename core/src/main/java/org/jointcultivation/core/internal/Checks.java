package org.jointcultivation.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.jointcultivation.core.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Value checks shared by the model types; each failure is a {@link ValidationException} that names
 * the type, the subject, the field, the offending value and the rule broken.
 */
public final class Checks {
  /** Longest text accepted for names and identifiers, so hostile input cannot balloon a record. */
  public static final int MAX_NAME_LENGTH = 256;

  private Checks() {}

  /** Throws unless {@code condition} holds. */
  public static void check(
      boolean condition,
      String type,
      @Nullable Object subject,
      String field,
      @Nullable Object value,
      String rule) {
    if (!condition) {
      throw new ValidationException(type, subject, field, value, rule);
    }
  }

  /**
   * Throws unless {@code condition} holds, wording the rule only then: for rules that name other
   * values, whose words would otherwise be composed for every valid object (a tenth of the time of
   * building a generated nation's meetings was such words).
   */
  public static void check(
      boolean condition,
      String type,
      @Nullable Object subject,
      String field,
      @Nullable Object value,
      java.util.function.Supplier<String> rule) {
    if (!condition) {
      throw new ValidationException(type, subject, field, value, rule.get());
    }
  }

  /**
   * Returns {@code value} if it has visible characters, no surrounding blanks, a sane length, and
   * no invisible or bidirectional control character: ids that differ only by a zero-width space,
   * or names that a right-to-left override shows reversed, would let one party pass for another.
   */
  public static String name(String type, @Nullable Object subject, String field, String value) {
    check(!value.isBlank(), type, subject, field, value, "must not be blank");
    unicode(type, subject, field, value);
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      int kind = Character.getType(c);
      boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t'; // multi-line titles stay possible
      if (kind == Character.FORMAT || (kind == Character.CONTROL && !lineBreakOrTab)) { // formatted only on failure
        check(false, type, subject, field, String.format("…U+%04X…", c),
            "must not contain invisible or bidirectional control characters");
      }
      i += Character.charCount(c);
    }
    if (value.length() > MAX_NAME_LENGTH) { // the message is built only on failure
      check(false, type, subject, field, value,
          "must be at most " + MAX_NAME_LENGTH + " characters long, not " + value.length());
    }
    check(
        value.strip().equals(value),
        type,
        subject,
        field,
        value,
        "must not start or end with white space");
    return value;
  }

  /** Checks that {@code value} is not blank; unlike {@link #name} any length is fine. */
  public static String text(String type, @Nullable Object subject, String field, String value) {
    check(!value.isBlank(), type, subject, field, value, "must not be blank");
    return unicode(type, subject, field, value);
  }

  /**
   * Checks that {@code value} is valid Unicode: no unpaired surrogate, which no file or database
   * encoding can hold, so it could not be stored or sent and read back.
   */
  public static String unicode(String type, @Nullable Object subject, String field, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean paired = Character.isHighSurrogate(c)
          ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(++i))
          : !Character.isLowSurrogate(c);
      if (!paired) { // the offending value is formatted only on failure: this runs for every character
        check(false, type, subject, field, String.format("…U+%04X…", (int) c),
            "must be valid Unicode text, without an unpaired surrogate");
      }
    }
    return value;
  }

  /** Checks that {@code value} is strictly positive. */
  public static int positive(String type, @Nullable Object subject, String field, int value) {
    check(value > 0, type, subject, field, value, "must be positive");
    return value;
  }

  /** Checks that {@code value} is strictly positive. */
  public static BigDecimal positive(
      String type, @Nullable Object subject, String field, BigDecimal value) {
    check(value.signum() > 0, type, subject, field, value, "must be positive");
    return value;
  }

  /** The longest period the model accepts, in days counted at 30 a month and 365 a year. */
  public static final long MAX_PERIOD_DAYS = 36_500;

  /**
   * Whether {@code value} is a period longer than zero with no negative part, and at most about a
   * century ({@link #MAX_PERIOD_DAYS}): longer ones are typing mistakes, overflow the date
   * arithmetic of evaluations ({@code P999999999Y}) or silently switch a duty off ({@code
   * P2147483647D}).
   */
  public static boolean boundedPositive(Period value) {
    if (value.isNegative() || value.isZero()) {
      return false;
    }
    long days = (long) value.getYears() * 365 + (long) value.getMonths() * 30 + value.getDays();
    return days <= MAX_PERIOD_DAYS;
  }

  /** The rule {@link #boundedPositive} checks, in words. */
  public static final String BOUNDED_PERIOD_RULE =
      "must be a positive duration of at most 100 years (" + MAX_PERIOD_DAYS + " days)";

  /** Checks that {@code value} is a positive period of at most about a century. */
  public static Period positive(String type, @Nullable Object subject, String field, Period value) {
    check(boundedPositive(value), type, subject, field, value, BOUNDED_PERIOD_RULE);
    return value;
  }

  /** The earliest day the model accepts. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** The latest day the model accepts. */
  public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

  /**
   * Checks that {@code value} lies between {@link #EARLIEST} and {@link #LATEST}: far-off dates are
   * typing mistakes, and would overflow the period arithmetic of later evaluations.
   */
  public static LocalDate date(String type, @Nullable Object subject, String field, LocalDate value) {
    check(
        !value.isBefore(EARLIEST) && !value.isAfter(LATEST),
        type,
        subject,
        field,
        value,
        "must be between " + EARLIEST + " and " + LATEST);
    return value;
  }

  /** Checks both dates' range, and that an optional end date is not before the start date. */
  public static void endNotBeforeStart(
      String type, @Nullable Object subject, LocalDate startDate, Optional<LocalDate> endDate) {
    date(type, subject, "startDate", startDate);
    endDate.ifPresent(end -> date(type, subject, "endDate", end));
    endDate.ifPresent(
        end ->
            check(
                !end.isBefore(startDate),
                type,
                subject,
                "endDate",
                end,
                "must not be before startDate (" + startDate + ")"));
  }
}
