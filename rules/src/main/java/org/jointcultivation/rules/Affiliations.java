package org.jointcultivation.rules;

import com.google.common.collect.ImmutableSetMultimap;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.Candidacy;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;

/**
 * Who belongs where, as an assessment needs it to answer queries by agreement and institution
 * without the record it came from.
 */
record Affiliations(
    ImmutableSetMultimap<StudentId, AgreementId> agreementsOfStudent,
    ImmutableSetMultimap<StudentId, InstitutionId> institutionsOfStudent,
    ImmutableSetMultimap<TutorId, InstitutionId> institutionsOfTutor,
    ImmutableSetMultimap<AgreementId, InstitutionId> partiesOfAgreement) {

  static Affiliations of(CultivationRecord record) {
    ImmutableSetMultimap.Builder<StudentId, AgreementId> agreements = ImmutableSetMultimap.builder();
    ImmutableSetMultimap.Builder<StudentId, InstitutionId> institutions = ImmutableSetMultimap.builder();
    for (Candidacy candidacy : record.candidacies()) {
      agreements.put(candidacy.student(), candidacy.agreement());
      institutions.put(candidacy.student(), candidacy.homeInstitution());
      candidacy.hostInstitution().ifPresent(host -> institutions.put(candidacy.student(), host));
    }
    for (DualTutorAssignment assignment : record.assignments()) {
      agreements.put(assignment.student(), assignment.agreement());
    }
    ImmutableSetMultimap.Builder<TutorId, InstitutionId> tutors = ImmutableSetMultimap.builder();
    for (Tutor tutor : record.tutors()) {
      tutors.put(tutor.id(), tutor.homeInstitution());
    }
    ImmutableSetMultimap.Builder<AgreementId, InstitutionId> parties = ImmutableSetMultimap.builder();
    for (CooperationAgreement agreement : record.agreements()) {
      parties.putAll(agreement.id(), agreement.parties());
    }
    return new Affiliations(agreements.build(), institutions.build(), tutors.build(), parties.build());
  }
}
