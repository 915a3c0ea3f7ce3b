package org.jointcultivation.core.norm;

/**
 * Why a student is away from the programme.
 *
 * @since 0.1.0
 */
public enum LeaveKind {
  /** Sick leave. */
  SICK,
  /** Parental leave. */
  PARENTAL,
  /** Personal leave. */
  PERSONAL,
  /** A suspension of study at the student's request. */
  STUDY_SUSPENDED,
  /** A suspension imposed as a sanction. */
  DISCIPLINARY_SUSPENSION
}
