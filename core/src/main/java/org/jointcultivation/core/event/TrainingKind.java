package org.jointcultivation.core.event;

/**
 * A kind of tutor training.
 *
 * @since 0.1.0
 */
public enum TrainingKind {
  /** Pre-service training before a first student ("train before you supervise"). */
  PRE_SERVICE,
  /** Regular in-post training. */
  IN_POST,
  /** A supervisor development programme counted in hours. */
  DEVELOPMENT_PROGRAMME,
  /** A refresher workshop. */
  WORKSHOP
}
