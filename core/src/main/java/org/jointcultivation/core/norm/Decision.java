package org.jointcultivation.core.norm;

/**
 * What people decided about a proposed measure.
 *
 * @since 0.1.0
 */
public enum Decision {
  /** Approved as proposed. */
  APPROVED,
  /** Approved in a changed form. */
  MODIFIED,
  /** Rejected. */
  REJECTED
}
