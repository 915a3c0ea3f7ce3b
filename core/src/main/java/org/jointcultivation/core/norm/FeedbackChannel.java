package org.jointcultivation.core.norm;

/**
 * Where feedback was given.
 *
 * @since 0.1.0
 */
public enum FeedbackChannel {
  /** A seminar for a group of trainees. */
  SEMINAR,
  /** The teaching-quality evaluation platform. */
  EVALUATION_PLATFORM,
  /** A supervision meeting. */
  MEETING,
  /** Any other channel. */
  OTHER
}
