package org.jointcultivation.rules.spi;

/**
 * What a rule is evaluated for: once per student, per tutor or per agreement.
 *
 * @since 0.1.0
 */
public enum RuleScope {
  /** Once per student, e.g. meetings a year. */
  STUDENT,
  /** Once per tutor, e.g. training and load. */
  TUTOR,
  /** Once per agreement, e.g. research funds. */
  AGREEMENT,
  /**
   * Once per institution or unit (a degree programme), e.g. the theses it graduates.
   *
   * @since 0.2.0
   */
  INSTITUTION
}
