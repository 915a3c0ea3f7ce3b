package org.jointcultivation.core.norm;

/**
 * Whether a measure rewards or sanctions.
 *
 * @since 0.1.0
 */
public enum MeasureKind {
  /** A reward, material or spiritual. */
  REWARD,
  /** A sanction. */
  SANCTION
}
