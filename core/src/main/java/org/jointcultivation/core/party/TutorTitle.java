package org.jointcultivation.core.party;

/**
 * The academic or professional title of a tutor.
 *
 * @since 0.1.0
 */
public enum TutorTitle {
  /** Professor or research professor. */
  PROFESSOR,
  /** Associate professor or associate research professor. */
  ASSOCIATE_PROFESSOR,
  /** Lecturer or assistant researcher. */
  LECTURER,
  /** Chief or associate chief physician. */
  CHIEF_PHYSICIAN,
  /** Senior engineer or enterprise technical expert. */
  SENIOR_ENGINEER,
  /** Any other title. */
  OTHER
}
