package org.jointcultivation.core.event;

/**
 * What a progress report covers.
 *
 * @since 0.1.0
 */
public enum ProgressKind {
  /** Experimental (research) progress. */
  EXPERIMENTAL,
  /** Dissertation progress. */
  DISSERTATION
}
