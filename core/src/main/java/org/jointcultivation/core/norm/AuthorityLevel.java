package org.jointcultivation.core.norm;

/**
 * The level of the authority that issued a norm; earlier constants outrank later ones.
 *
 * @since 0.1.0
 */
public enum AuthorityLevel {
  /** A national authority, such as a ministry of education. */
  NATIONAL,
  /** A regional (provincial) authority. */
  REGIONAL,
  /** A university, institute, hospital or enterprise. */
  INSTITUTION,
  /** The cooperation agreement itself. */
  AGREEMENT;

  /** Whether this level is a higher authority than {@code other}. */
  public boolean outranks(AuthorityLevel other) {
    return compareTo(other) < 0;
  }
}
