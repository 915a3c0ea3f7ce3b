package org.jointcultivation.core.testing;

import java.time.LocalDate;
import java.time.Period;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.AuthorshipClause;
import org.jointcultivation.core.agreement.Candidacy;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.CooperationForm;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.agreement.FundingClause;
import org.jointcultivation.core.agreement.GoverningRegulationsClause;
import org.jointcultivation.core.agreement.Placement;
import org.jointcultivation.core.agreement.PlacementClause;
import org.jointcultivation.core.agreement.PlacementKind;
import org.jointcultivation.core.agreement.TutorPosition;
import org.jointcultivation.core.agreement.TutorRole;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.MeetingKind;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.party.DegreeType;
import org.jointcultivation.core.party.Institution;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.InstitutionKind;
import org.jointcultivation.core.party.InstitutionTier;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.StudyLevel;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.party.TutorTitle;
import org.jointcultivation.core.record.CultivationRecord;

/**
 * A small, hand-built programme with named parts, for scenario tests: a local medical college and
 * a research institute jointly train two master's students under one agreement; an enterprise and a
 * key university are in the record but not party to it.
 */
public final class SampleProgramme {
  public static final InstitutionId COLLEGE = InstitutionId.of("YMU");
  public static final InstitutionId INSTITUTE = InstitutionId.of("IMB");
  public static final InstitutionId ENTERPRISE = InstitutionId.of("PHARMA");
  public static final InstitutionId UNIVERSITY = InstitutionId.of("KMU");
  public static final AgreementId AGREEMENT = AgreementId.of("AG-1");
  public static final StudentId STUDENT = StudentId.of("S-1");
  public static final StudentId OTHER_STUDENT = StudentId.of("S-2");
  /** Theoretical tutor at the college; first tutor of both students. */
  public static final TutorId THEORETICAL = TutorId.of("T-THEO");
  /** Practical tutor at the institute; second tutor and first person in charge of both. */
  public static final TutorId PRACTICAL = TutorId.of("T-PRAC");
  /** A college tutor who supervises neither student. */
  public static final TutorId COLLEAGUE = TutorId.of("T-COLL");
  /** A tutor at the enterprise, which is not a party to the agreement. */
  public static final TutorId OUTSIDER = TutorId.of("T-OUT");
  public static final LocalDate AGREEMENT_START = LocalDate.of(2024, 9, 1);
  public static final LocalDate AGREEMENT_END = LocalDate.of(2029, 8, 31);
  public static final LocalDate START = LocalDate.of(2025, 9, 1);

  private SampleProgramme() {}

  public static Institution institution(InstitutionId id, InstitutionKind kind) {
    Institution.Builder builder =
        Institution.builder().id(id).name("Institution " + id).kind(kind).region("Guangxi").country("CN")
            .tier(id.equals(UNIVERSITY) ? InstitutionTier.DOUBLE_FIRST_CLASS : InstitutionTier.ORDINARY);
    if (kind.mayAwardDegrees()) {
      builder.addDegreeAwardingPower(StudyLevel.MASTER);
    }
    return builder.build();
  }

  public static CooperationAgreement.Builder agreement() {
    return CooperationAgreement.builder()
        .id(AGREEMENT)
        .title("Joint cultivation of medical postgraduates")
        .form(CooperationForm.UNIVERSITY_RESEARCH_INSTITUTE)
        .addParties(COLLEGE, INSTITUTE)
        .startDate(AGREEMENT_START)
        .endDate(AGREEMENT_END)
        .addClause(AuthorshipClause.builder().reference("§5")
            .addCorrespondingAuthorPositions(TutorPosition.FIRST, TutorPosition.SECOND).build())
        .addClause(GoverningRegulationsClause.builder().reference("§7")
            .addPrecedence(COLLEGE, INSTITUTE).build())
        .addClause(FundingClause.builder().reference("§4").addFunder(INSTITUTE)
            .purpose("experiments").build())
        .addClause(PlacementClause.builder().reference("§3").minimumDuration(Period.ofMonths(6)).build());
  }

  public static Student student(StudentId id) {
    return Student.builder().id(id).name("Student " + id).level(StudyLevel.MASTER)
        .degreeType(DegreeType.ACADEMIC).startDate(START).build();
  }

  public static Tutor tutor(TutorId id, InstitutionId home) {
    return Tutor.builder().id(id).name("Tutor " + id).homeInstitution(home)
        .title(TutorTitle.PROFESSOR).build();
  }

  public static DualTutorAssignment.Builder assignment(StudentId student) {
    return DualTutorAssignment.builder().student(student).agreement(AGREEMENT)
        .firstTutor(THEORETICAL).secondTutor(PRACTICAL).firstTutorRole(TutorRole.THEORETICAL)
        .personInCharge(TutorPosition.SECOND).startDate(START);
  }

  public static Placement.Builder placement(StudentId student) {
    return Placement.builder().student(student).agreement(AGREEMENT).host(INSTITUTE)
        .kind(PlacementKind.RESEARCH).startDate(START.plusMonths(1)).endDate(START.plusMonths(8));
  }

  /** Every fact of the programme, and no events. */
  public static CultivationRecord.Builder builder() {
    CultivationRecord.Builder builder = CultivationRecord.builder()
        .addInstitution(institution(COLLEGE, InstitutionKind.MEDICAL_COLLEGE))
        .addInstitution(institution(INSTITUTE, InstitutionKind.RESEARCH_INSTITUTE))
        .addInstitution(institution(ENTERPRISE, InstitutionKind.ENTERPRISE))
        .addInstitution(institution(UNIVERSITY, InstitutionKind.UNIVERSITY))
        .addAgreement(agreement().build())
        .addTutor(tutor(THEORETICAL, COLLEGE))
        .addTutor(tutor(PRACTICAL, INSTITUTE))
        .addTutor(tutor(COLLEAGUE, COLLEGE))
        .addTutor(tutor(OUTSIDER, ENTERPRISE));
    for (StudentId id : new StudentId[] {STUDENT, OTHER_STUDENT}) {
      builder.addStudent(student(id))
          .addCandidacy(Candidacy.builder().student(id).agreement(AGREEMENT).homeInstitution(COLLEGE)
              .hostInstitution(INSTITUTE).startDate(START).build())
          .addAssignment(assignment(id).build())
          .addPlacement(placement(id).build());
    }
    return builder;
  }

  public static CultivationRecord record() {
    return builder().build();
  }

  /** A valid meeting of {@link #STUDENT} with both tutors. */
  public static SupervisionMeetingHeld.Builder meeting(String id, LocalDate date) {
    return SupervisionMeetingHeld.builder().id(EventId.of(id)).date(date).student(STUDENT)
        .kind(MeetingKind.PROGRESS_DEBRIEFING).addAttendees(STUDENT, THEORETICAL, PRACTICAL)
        .addSubject("experimental progress").addConfirmedBy(STUDENT, PRACTICAL);
  }
}
