package org.jointcultivation.core.vocabulary;

/**
 * What carries a declared attribute.
 *
 * @since 0.2.0
 */
public enum AttributeOwner {
  /** An {@link org.jointcultivation.core.party.Institution}. */
  INSTITUTION,
  /** A {@link org.jointcultivation.core.party.Student}. */
  STUDENT,
  /** A {@link org.jointcultivation.core.party.Tutor} (supervisors, experts, committee members). */
  TUTOR,
  /** A {@link org.jointcultivation.core.agreement.CooperationAgreement}. */
  AGREEMENT,
  /**
   * A student's {@link org.jointcultivation.core.agreement.Candidacy}.
   *
   * @since 0.2.0
   */
  CANDIDACY,
  /**
   * A supervision team: a {@link org.jointcultivation.core.agreement.DualTutorAssignment}.
   *
   * @since 0.2.0
   */
  TEAM
}
