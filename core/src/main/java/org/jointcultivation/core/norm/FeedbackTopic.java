package org.jointcultivation.core.norm;

/**
 * What feedback is about.
 *
 * @since 0.1.0
 */
public enum FeedbackTopic {
  /** The quality of teaching. */
  TEACHING_QUALITY,
  /** Supervision. */
  SUPERVISION,
  /** The training programme. */
  TRAINING_PROGRAMME,
  /** A placement. */
  PLACEMENT,
  /** Physical or mental wellbeing. */
  WELLBEING
}
