package org.jointcultivation.core.norm;

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
