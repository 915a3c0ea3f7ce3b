package org.jointcultivation.core.event;

/**
 * How a committee member voted.
 *
 * @since 0.2.0
 */
public enum Vote {
  /** In favour of the motion, e.g. of recommending the degree. */
  IN_FAVOUR,
  /** Against it. */
  AGAINST,
  /** Abstained. */
  ABSTAINED
}
