package org.jointcultivation.core.event;

/**
 * What an incident was.
 *
 * @since 0.1.0
 */
public enum IncidentKind {
  /** Negligence of duties. */
  NEGLIGENCE,
  /** Insubordination. */
  INSUBORDINATION,
  /** Academic misconduct. */
  ACADEMIC_MISCONDUCT,
  /** A serious disciplinary offence. */
  SERIOUS_DISCIPLINARY_OFFENCE,
  /** A supervisor neglecting supervision. */
  NEGLECTED_SUPERVISION,
  /** A supervisor arbitrarily delaying graduation. */
  DELAYED_GRADUATION,
  /** Misuse of research funds, e.g. in a student's name. */
  MISUSE_OF_FUNDS,
  /** Any other incident. */
  OTHER
}
