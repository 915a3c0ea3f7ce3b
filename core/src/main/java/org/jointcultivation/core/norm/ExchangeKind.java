package org.jointcultivation.core.norm;

/**
 * Seed 2's exchanges between school and enterprise.
 *
 * @since 0.1.0
 */
public enum ExchangeKind {
  /** A school teacher practises in an enterprise. */
  TEACHER_PRACTICE_IN_ENTERPRISE,
  /** An enterprise technical expert teaches at the school. */
  EXPERT_TEACHING_AT_SCHOOL
}
