package org.jointcultivation.core.party;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Identifies a person who can take part in events: a student, a tutor or an administrator.
 *
 * <p>In JSON a person says which kind of identifier they hold: {@code {"student": "S-1"}},
 * {@code {"tutor": "T-7"}} or {@code {"administrator": "A-2"}}; where a field can only hold one
 * kind (a {@link StudentId}), the identifier is plain text.
 *
 * @since 0.1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({
  @JsonSubTypes.Type(value = StudentId.class, name = "student"),
  @JsonSubTypes.Type(value = TutorId.class, name = "tutor"),
  @JsonSubTypes.Type(value = AdministratorId.class, name = "administrator")
})
public sealed interface PersonId extends PartyId permits StudentId, TutorId, AdministratorId {
  /** The identifier text. */
  @Override
  String value();
}
