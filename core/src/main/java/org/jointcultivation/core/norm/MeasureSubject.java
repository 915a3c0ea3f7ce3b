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
  TUTOR
}
