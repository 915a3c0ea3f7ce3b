package org.jointcultivation.core.party;

/**
 * Whether a tutor may take on students.
 *
 * @since 0.1.0
 */
public enum AdmissionStatus {
  /** Qualified and free to admit new students. */
  ACTIVE,
  /** Admission suspended, e.g. as a sanction or pending training; current students stay. */
  SUSPENDED,
  /** Supervisor status lost. */
  REVOKED
}
