package org.jointcultivation.core.norm;

/**
 * What a supervision meeting was for.
 *
 * @since 0.1.0
 */
public enum MeetingKind {
  /** A progress debriefing: the student reports experimental progress, problems and next steps. */
  PROGRESS_DEBRIEFING,
  /** A dissertation debriefing: progress on the dissertation. */
  DISSERTATION_DEBRIEFING,
  /** A routine supervision meeting. */
  SUPERVISION,
  /** A meeting of the whole supervision team with the student. */
  FULL_TEAM,
  /** A seminar for a group of trainees, where feedback is collected. */
  GROUP_SEMINAR
}
