package org.jointcultivation.core.norm;

/**
 * Who a reward policy rewards.
 *
 * @since 0.1.0
 */
public enum RewardRecipient {
  /** The trainee. */
  TRAINEE,
  /** The trainee's tutors, together with the trainee. */
  TUTORS,
  /** An outstanding school teacher. */
  TEACHER,
  /** An outstanding enterprise expert or backbone staff member. */
  ENTERPRISE_EXPERT
}
