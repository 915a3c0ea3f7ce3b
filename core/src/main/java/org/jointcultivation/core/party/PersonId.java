package org.jointcultivation.core.party;

/**
 * Identifies a person who can take part in events: a student, a tutor or an administrator.
 *
 * @since 0.1.0
 */
public sealed interface PersonId permits StudentId, TutorId, AdministratorId {
  /** The identifier text. */
  String value();
}
