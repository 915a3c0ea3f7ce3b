package org.jointcultivation.core.party;

/**
 * What an administrator is responsible for at an institution.
 *
 * @since 0.1.0
 */
public enum AdministratorRole {
  /** Runs the joint cultivation programme and its agreements. */
  PROGRAMME_OFFICE,
  /** Handles discipline and decides measures. */
  DISCIPLINARY_BODY,
  /** Designated to see trainees' health adjustments. */
  HEALTH_DESIGNATE,
  /** Keeps the archive after an agreement ends. */
  ARCHIVE
}
