package org.jointcultivation.core.agreement;

/**
 * Why a joint cultivation may be terminated.
 *
 * @since 0.1.0
 */
public enum TerminationGround {
  /** The student's insubordination. */
  INSUBORDINATION,
  /** A serious disciplinary offence. */
  SERIOUS_DISCIPLINARY_OFFENCE,
  /** Academic misconduct. */
  ACADEMIC_MISCONDUCT,
  /** Agreed by all parties. */
  MUTUAL_CONSENT,
  /** A party failed its obligations under the agreement. */
  BREACH_BY_PARTY,
  /** The agreement's term ended. */
  EXPIRY
}
