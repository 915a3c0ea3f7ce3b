package org.jointcultivation.core.norm;

/**
 * The outcome of a milestone review.
 *
 * @since 0.1.0
 */
public enum ReviewOutcome {
  /** Excellent. */
  EXCELLENT,
  /** Good. */
  GOOD,
  /** Pass. */
  PASS,
  /** Fail: a re-review or removal may follow. */
  FAIL
}
