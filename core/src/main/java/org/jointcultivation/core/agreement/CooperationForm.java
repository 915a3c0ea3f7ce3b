package org.jointcultivation.core.agreement;

/**
 * The form of a joint cultivation agreement.
 *
 * @since 0.1.0
 */
public enum CooperationForm {
  /** A university and an enterprise. */
  UNIVERSITY_ENTERPRISE,
  /** A university and a research institute. */
  UNIVERSITY_RESEARCH_INSTITUTE,
  /** A university and a hospital. */
  UNIVERSITY_HOSPITAL,
  /** Two or more domestic universities, arranged by the universities. */
  INTER_UNIVERSITY_DOMESTIC,
  /** A domestic and a foreign university (e.g. a cotutelle). */
  INTER_UNIVERSITY_FOREIGN,
  /** Arranged between tutors rather than institutions. */
  TUTOR_LED
}
