package org.jointcultivation.core.norm;

/**
 * Whether a norm obliges, prohibits or permits.
 *
 * @since 0.1.0
 */
public enum NormKind {
  /** Something must be done. */
  OBLIGATION,
  /** Something must not be done. */
  PROHIBITION,
  /** Something may be done. */
  PERMISSION
}
