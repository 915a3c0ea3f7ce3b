package org.jointcultivation.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
import org.jointcultivation.core.event.Author;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.MeetingKind;
import org.jointcultivation.core.event.PublicationSubmitted;
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
import org.jointcultivation.core.ValidationException;

/**
 * The smallest complete programme: a local medical college and a research institute jointly train
 * a master's student under a dual tutor system. Builds the record, prints what it holds, and shows
 * the error a portal gets for a meeting record that names someone outside the supervision team.
 */
public final class QuickStart {
  private QuickStart() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Builds the programme and prints its report to {@code out}. */
  public static void run(PrintStream out) {
    InstitutionId college = InstitutionId.of("YMU");
    InstitutionId institute = InstitutionId.of("IMB");
    LocalDate start = LocalDate.of(2025, 9, 1);

    CooperationAgreement agreement = CooperationAgreement.builder()
        .id(AgreementId.of("AG-2025-01"))
        .title("Joint cultivation of medical postgraduates")
        .form(CooperationForm.UNIVERSITY_RESEARCH_INSTITUTE)
        .addParties(college, institute)
        .startDate(LocalDate.of(2025, 7, 1))
        .endDate(LocalDate.of(2030, 6, 30))
        .addClause(AuthorshipClause.builder().reference("§5")
            .addCorrespondingAuthorPositions(TutorPosition.FIRST, TutorPosition.SECOND).build())
        .addClause(FundingClause.builder().reference("§4").addFunder(institute)
            .purpose("experiments of joint trainees").build())
        .addClause(GoverningRegulationsClause.builder().reference("§7")
            .addPrecedence(college, institute).build())
        .addClause(PlacementClause.builder().reference("§3")
            .minimumDuration(Period.ofMonths(6)).minimumDurationForFreshGraduates(Period.ofMonths(12))
            .build())
        .build();

    StudentId liWei = StudentId.of("S-2025-001");
    TutorId zhang = TutorId.of("T-ZHANG");
    TutorId chen = TutorId.of("T-CHEN");

    CultivationRecord record = CultivationRecord.builder()
        .addInstitution(Institution.builder().id(college)
            .name("Youjiang Medical University for Nationalities").kind(InstitutionKind.MEDICAL_COLLEGE)
            .tier(InstitutionTier.ORDINARY).region("Guangxi").country("CN")
            .addDegreeAwardingPower(StudyLevel.MASTER).build())
        .addInstitution(Institution.builder().id(institute).name("Institute of Medical Biology")
            .kind(InstitutionKind.RESEARCH_INSTITUTE).region("Yunnan").country("CN").build())
        .addAgreement(agreement)
        .addStudent(Student.builder().id(liWei).name("Li Wei").level(StudyLevel.MASTER)
            .degreeType(DegreeType.ACADEMIC).startDate(start).freshGraduate(true).build())
        .addTutor(Tutor.builder().id(zhang).name("Zhang Min").homeInstitution(college)
            .title(TutorTitle.PROFESSOR).build())
        .addTutor(Tutor.builder().id(chen).name("Chen Jun").homeInstitution(institute)
            .title(TutorTitle.PROFESSOR).build())
        .addCandidacy(Candidacy.builder().student(liWei).agreement(agreement.id())
            .homeInstitution(college).hostInstitution(institute).startDate(start).build())
        // Seed 1: the practical (experimental) tutor is the first person in charge.
        .addAssignment(DualTutorAssignment.builder().student(liWei).agreement(agreement.id())
            .firstTutor(zhang).secondTutor(chen).firstTutorRole(TutorRole.THEORETICAL)
            .personInCharge(TutorPosition.SECOND).startDate(start).build())
        .addPlacement(Placement.builder().student(liWei).agreement(agreement.id()).host(institute)
            .kind(PlacementKind.RESEARCH).startDate(start.plusMonths(1)).endDate(start.plusMonths(13))
            .build())
        .addEvent(SupervisionMeetingHeld.builder().id(EventId.of("M-1")).date(start.plusDays(14))
            .student(liWei).kind(MeetingKind.PROGRESS_DEBRIEFING).addAttendees(liWei, chen, zhang)
            .addSubject("research plan").addOutcome("first experiment agreed")
            .addConfirmedBy(liWei, chen).build())
        .addEvent(PublicationSubmitted.builder().id(EventId.of("PUB-1")).date(start.plusMonths(10))
            .student(liWei).title("Cell viability under hypoxia").venue("Journal of Medical Research")
            .addAuthors(Author.of("Li Wei", liWei, college, institute), Author.of("Chen Jun", chen, institute))
            .addCorrespondingAuthor(Author.of("Chen Jun", chen, institute)).build())
        .build();

    out.println("Joint cultivation record: " + record);
    for (Student student : record.students()) {
      DualTutorAssignment team = record.assignmentOn(student.id(), start).orElseThrow();
      out.printf("%s (%s, %s %s)%n", student.name(), student.id(), student.level(), student.degreeType());
      out.printf("  home %s, host %s, under %s%n",
          record.candidacy(student.id()).orElseThrow().homeInstitution(),
          record.candidacy(student.id()).orElseThrow().hostInstitution().orElseThrow(),
          team.agreement());
      out.printf("  first tutor %s (%s), second tutor %s (%s); first person in charge: %s%n",
          team.firstTutor(), team.firstTutorRole(), team.secondTutor(), team.secondTutorRole(),
          team.leadTutor());
      for (CultivationEvent event : record.eventsOf(student.id())) {
        out.printf("  %s  %s %s%n", event.date(), event.getClass().getSuperclass().getSimpleName(), event.id());
      }
    }
    out.println("Clauses of " + agreement.id() + " in force on " + start + ":");
    agreement.clausesOn(start).forEach(clause ->
        out.printf("  %s %s%n", clause.reference(), clause.getClass().getSuperclass().getSimpleName()));

    try {
      record.withEvent(SupervisionMeetingHeld.builder().id(EventId.of("M-2")).date(start.plusDays(28))
          .student(liWei).kind(MeetingKind.SUPERVISION).addAttendees(liWei, TutorId.of("T-UNKNOWN"))
          .build());
    } catch (ValidationException rejected) {
      out.println("Rejected, as it should be: " + rejected.getMessage());
    }
  }
}
