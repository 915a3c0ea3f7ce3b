package org.jointcultivation.core.party;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jointcultivation.core.agreement.AgreementId;

/**
 * Identifies whoever a measure can be about: a person, an institution (or a unit of one, such as a
 * degree programme), or a cooperation agreement.
 *
 * <p>In JSON it says which kind of identifier it holds, as a {@link PersonId} does: {@code
 * {"student": "S-1"}}, {@code {"institution": "P"}}, {@code {"agreement": "AG-1"}}.
 *
 * @since 0.2.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({
  @JsonSubTypes.Type(value = StudentId.class, name = "student"),
  @JsonSubTypes.Type(value = TutorId.class, name = "tutor"),
  @JsonSubTypes.Type(value = AdministratorId.class, name = "administrator"),
  @JsonSubTypes.Type(value = InstitutionId.class, name = "institution"),
  @JsonSubTypes.Type(value = AgreementId.class, name = "agreement")
})
public sealed interface PartyId permits PersonId, InstitutionId, AgreementId {
  /** The identifier text. */
  String value();
}
