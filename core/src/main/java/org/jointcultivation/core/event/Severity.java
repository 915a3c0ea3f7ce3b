package org.jointcultivation.core.event;

/**
 * How serious an incident is.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** Minor. */
  MINOR,
  /** Serious. */
  SERIOUS
}
