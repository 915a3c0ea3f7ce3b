package org.jointcultivation.core.norm;

/**
 * A step that must happen before a measure takes effect.
 *
 * @since 0.1.0
 */
public enum DueProcessStep {
  /** The subject is notified. */
  NOTICE,
  /** The subject may state their case. */
  STATEMENT_OF_CASE,
  /** A hearing is held. */
  HEARING,
  /** A competent body decides. */
  DECISION,
  /** The subject may appeal within a window. */
  APPEAL_WINDOW
}
