package org.jointcultivation.core.event;

/**
 * A kind of achievement.
 *
 * @since 0.1.0
 */
public enum AchievementKind {
  /** A publication accepted or published. */
  PUBLICATION_ACCEPTED,
  /** An award or prize. */
  AWARD,
  /** An excellent evaluation. */
  EXCELLENT_EVALUATION,
  /** A patent. */
  PATENT,
  /** A transfer of a scientific achievement to practice. */
  ACHIEVEMENT_TRANSFER,
  /** Outstanding teaching, by a school teacher or an enterprise expert. */
  OUTSTANDING_TEACHING
}
