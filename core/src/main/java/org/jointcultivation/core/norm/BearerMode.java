package org.jointcultivation.core.norm;

/**
 * How a duty held by several bearers is met.
 *
 * @since 0.1.0
 */
public enum BearerMode {
  /** Each bearer must meet it. */
  EACH,
  /** Any one bearer meeting it suffices. */
  ANY,
  /** All bearers must meet it together, e.g. both tutors attend. */
  ALL_TOGETHER
}
