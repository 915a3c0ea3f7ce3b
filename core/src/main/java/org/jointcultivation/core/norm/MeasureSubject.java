package org.jointcultivation.core.norm;

/**
 * Whose conduct a sanction policy governs.
 *
 * @since 0.1.0
 */
public enum MeasureSubject {
  /** Students. */
  STUDENT,
  /** Tutors. */
  TUTOR,
  /**
   * Institutions and their units, such as degree programmes.
   *
   * @since 0.2.0
   */
  INSTITUTION
}
