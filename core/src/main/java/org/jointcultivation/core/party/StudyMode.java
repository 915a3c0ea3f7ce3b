package org.jointcultivation.core.party;

/**
 * Full-time or part-time study.
 *
 * @since 0.1.0
 */
public enum StudyMode {
  /** Full-time study. */
  FULL_TIME,
  /** Part-time study. */
  PART_TIME
}
