package org.jointcultivation.core.agreement;

/**
 * What a tutor contributes to a student's cultivation.
 *
 * @since 0.1.0
 */
public enum TutorRole {
  /** The theoretical (teaching) tutor, usually on campus. */
  THEORETICAL,
  /** The practical (experimental) tutor, often at an institute, hospital or enterprise. */
  PRACTICAL;

  /** The other role of the pair. */
  public TutorRole counterpart() {
    return this == THEORETICAL ? PRACTICAL : THEORETICAL;
  }
}
