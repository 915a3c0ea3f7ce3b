package org.jointcultivation.portal;

/** What a person signs in as; their rights follow from the record, not from this. */
public enum Role {
  /** A postgraduate in joint cultivation. */
  TRAINEE,
  /** A first or second tutor. */
  TUTOR,
  /** The programme office of the home college. */
  PROGRAMME_OFFICE,
  /** The host enterprise's office for the trainees placed with it. */
  HOST_ENTERPRISE,
  /** The disciplinary body, which decides measures. */
  DISCIPLINARY_BODY
}
