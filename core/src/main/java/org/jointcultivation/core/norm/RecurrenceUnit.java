package org.jointcultivation.core.norm;

/**
 * The period over which a recurring duty is counted.
 *
 * @since 0.1.0
 */
public enum RecurrenceUnit {
  /** A week. */
  WEEK,
  /** A calendar month. */
  MONTH,
  /** A term, as the norm's parameters bound it. */
  TERM,
  /** An academic year, starting on the day the norm's parameters give. */
  ACADEMIC_YEAR,
  /** A calendar year. */
  CALENDAR_YEAR
}
