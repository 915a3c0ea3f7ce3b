package org.jointcultivation.core.party;

/**
 * Whether a degree is research-oriented or professional.
 *
 * @since 0.1.0
 */
public enum DegreeType {
  /** An academic (research) degree. */
  ACADEMIC,
  /** A professional degree, with practice requirements. */
  PROFESSIONAL
}
