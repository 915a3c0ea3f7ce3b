package org.jointcultivation.core.agreement;

/**
 * A tutor's position in a student's supervision team.
 *
 * @since 0.1.0
 */
public enum TutorPosition {
  /** The first tutor. */
  FIRST,
  /** The second tutor. */
  SECOND,
  /** A further member of the supervision team. */
  ADDITIONAL
}
