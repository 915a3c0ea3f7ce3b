package org.jointcultivation.core.party;

/**
 * The kind of an institution taking part in joint cultivation.
 *
 * @since 0.1.0
 */
public enum InstitutionKind {
  /** A comprehensive or specialised university. */
  UNIVERSITY,
  /** A medical college or medical university, often local. */
  MEDICAL_COLLEGE,
  /** A research institute, such as an academy's institute. */
  RESEARCH_INSTITUTE,
  /** A hospital, including affiliated teaching hospitals. */
  HOSPITAL,
  /** An enterprise, such as a pharmaceutical company. */
  ENTERPRISE,
  /** A government authority that issues policies and regulations. */
  GOVERNMENT_AUTHORITY;

  /** Whether institutions of this kind may hold degree-awarding powers. */
  public boolean mayAwardDegrees() {
    return this != ENTERPRISE && this != GOVERNMENT_AUTHORITY;
  }
}
