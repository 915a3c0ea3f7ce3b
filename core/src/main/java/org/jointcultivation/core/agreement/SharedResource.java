package org.jointcultivation.core.agreement;

/**
 * A kind of resource an institution shares under an agreement.
 *
 * @since 0.1.0
 */
public enum SharedResource {
  /** Laboratories. */
  LABORATORY,
  /** Instruments and equipment. */
  INSTRUMENTS,
  /** Courses and teaching. */
  TEACHING,
  /** Clinical facilities and patients. */
  CLINICAL_FACILITIES,
  /** Data and samples. */
  DATA,
  /** Libraries and literature access. */
  LIBRARY
}
