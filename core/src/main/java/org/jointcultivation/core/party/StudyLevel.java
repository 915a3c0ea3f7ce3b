package org.jointcultivation.core.party;

/**
 * The level of a programme of study.
 *
 * @since 0.1.0
 */
public enum StudyLevel {
  /** An applied undergraduate, as in school–enterprise programmes. */
  UNDERGRADUATE,
  /** A master's student. */
  MASTER,
  /** A doctoral student. */
  DOCTORAL
}
