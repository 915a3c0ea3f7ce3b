package org.jointcultivation.core.agreement;

/**
 * What a student does at a host institution.
 *
 * @since 0.1.0
 */
public enum PlacementKind {
  /** Laboratory research. */
  RESEARCH,
  /** Clinical training at a hospital. */
  CLINICAL,
  /** Practice in an enterprise. */
  ENTERPRISE_PRACTICE,
  /** Study at a partner university, at home or abroad. */
  STUDY_VISIT
}
