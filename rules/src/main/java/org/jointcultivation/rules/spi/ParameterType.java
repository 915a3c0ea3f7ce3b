package org.jointcultivation.rules.spi;

/**
 * What a template parameter's text must be. Every value is text in a regulation file; its type
 * says how it is read and checked when the engine is built.
 *
 * @since 0.2.0
 */
public enum ParameterType {
  /** A whole number, e.g. {@code 9}, within the declaration's bounds. */
  WHOLE_NUMBER,
  /** An ISO-8601 period, e.g. {@code P14D} or {@code P6M}: positive, at most 100 years. */
  PERIOD,
  /** A day of the year, e.g. {@code 09-01}. */
  DAY_OF_YEAR,
  /** A comma-separated list of days of the year, e.g. {@code 09-01,02-15}. */
  DAYS_OF_YEAR,
  /** {@code true} or {@code false}. */
  FLAG,
  /** One of the declaration's choices. */
  CHOICE,
  /** A comma-separated list of the declaration's choices. */
  CHOICES,
  /**
   * The name of an event kind: one of the declaration's choices (the library's own kinds, e.g.
   * {@code SupervisionMeetingHeld}) or a kind the engine's vocabulary declares (e.g. {@code
   * ThesisRated}).
   *
   * @since 0.2.0
   */
  EVENT_KIND,
  /**
   * A condition in CEL, compiled and type-checked against the vocabulary when the engine is built,
   * e.g. {@code event.rating == 'PROBLEM'}.
   *
   * @since 0.2.0
   */
  CONDITION,
  /** Free text, e.g. an event type or a measure code. */
  TEXT,
  /** A comma-separated list of free text. */
  TEXT_LIST
}
