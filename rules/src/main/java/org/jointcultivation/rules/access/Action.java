package org.jointcultivation.rules.access;

/**
 * What a person may want to do.
 *
 * @since 0.1.0
 */
public enum Action {
  /** See a student's record: candidacy, team, placements and ordinary events. */
  VIEW_STUDENT_RECORD,
  /** See a tutor's own record: training, exchange activities, duties borne. */
  VIEW_TUTOR_RECORD,
  /** See a supervision meeting's record. */
  VIEW_MEETING_RECORD,
  /** Record a meeting of a student. */
  RECORD_MEETING,
  /** Confirm a meeting's record. */
  CONFIRM_MEETING,
  /** See an individual trainee's feedback. */
  VIEW_FEEDBACK,
  /** See feedback about a tutor in aggregate only. */
  VIEW_FEEDBACK_AGGREGATE,
  /** See a trainee's health adjustments. */
  VIEW_HEALTH_ADJUSTMENTS,
  /** See a student's placements. */
  VIEW_PLACEMENT,
  /** See measures (incidents, proposed and decided rewards and sanctions). */
  VIEW_MEASURES,
  /** Propose a measure. */
  PROPOSE_MEASURE,
  /** Decide a proposed measure. */
  DECIDE_MEASURE,
  /** See an agreement. */
  VIEW_AGREEMENT,
  /** Amend an agreement. */
  AMEND_AGREEMENT,
  /** Take on a new student as a tutor. */
  TAKE_ON_STUDENT
}
