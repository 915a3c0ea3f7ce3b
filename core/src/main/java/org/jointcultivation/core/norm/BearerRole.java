package org.jointcultivation.core.norm;

/**
 * Who bears a norm, relative to a student.
 *
 * @since 0.1.0
 */
public enum BearerRole {
  /** The student. */
  STUDENT,
  /** The first tutor. */
  FIRST_TUTOR,
  /** The second tutor. */
  SECOND_TUTOR,
  /** Whichever tutor is the first person in charge. */
  PERSON_IN_CHARGE,
  /** Every tutor in the supervision team. */
  SUPERVISION_TEAM,
  /** The student's home institution. */
  HOME_INSTITUTION,
  /** The student's host institution. */
  HOST_INSTITUTION,
  /** A tutor in their own right, e.g. for training or load. */
  TUTOR,
  /**
   * The institution itself, for duties an institution or a unit of one (a degree programme)
   * bears; such a duty is evaluated per institution.
   *
   * @since 0.2.0
   */
  INSTITUTION
}
