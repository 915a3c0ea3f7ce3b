package org.jointcultivation.core.party;

/**
 * The standing of an institution in national schemes, which shapes how resources are spread.
 *
 * @since 0.1.0
 */
public enum InstitutionTier {
  /** A "Double First-Class" initiative university. */
  DOUBLE_FIRST_CLASS,
  /** A Project 985 university. */
  PROJECT_985,
  /** A Project 211 university. */
  PROJECT_211,
  /** An ordinary (often local or regional) institution. */
  ORDINARY,
  /** Not ranked in any scheme, e.g. enterprises and authorities. */
  NOT_RANKED
}
