package org.jointcultivation.core.event;

/**
 * The kind of need behind a health adjustment.
 *
 * @since 0.1.0
 */
public enum HealthNeed {
  /** Physical health. */
  PHYSICAL,
  /** Mental health. */
  MENTAL
}
