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
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.json.JsonFormatException;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.NormKind;
import org.jointcultivation.core.norm.NormSource;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.Recurrence;
import org.jointcultivation.core.norm.RecurrenceUnit;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.RuleEngine;
import org.jointcultivation.rules.StandardTemplates;

/**
 * The smallest complete programme: a local medical college and a research institute jointly train
 * a master's student under a dual tutor system. Builds the record, prints what it holds, and shows
 * what the rule engine finds under a pack of regulations, with the explanation of the violation,
 * and the error a portal gets for a meeting record that names someone outside the supervision team.
 */
public final class QuickStart {
  private QuickStart() {}

  private static Norm seedNorm(String id, String template, String title, String... parameters) {
    Norm.Builder norm = Norm.builder().id(id).kind(NormKind.OBLIGATION).template(template).title(title)
        .source(NormSource.builder().authority("Joint cultivation agreement AG-2025-01")
            .level(AuthorityLevel.AGREEMENT).document("Dual tutor system").version("2025").clause("§3").build())
        .addBearer(BearerRole.STUDENT);
    for (int i = 0; i < parameters.length; i += 2) {
      norm.putParameter(parameters[i], parameters[i + 1]);
    }
    return norm.build();
  }

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

    // The rule engine: a university's regulations as a pack of configured standard rules.
    Norm meetings = Norm.builder().id("meetings-full-time").kind(NormKind.OBLIGATION)
        .template(StandardTemplates.MINIMUM_COUNT_PER_PERIOD).title("At least 9 meetings a year")
        .source(NormSource.builder().authority("Solent University").level(AuthorityLevel.INSTITUTION)
            .document("Research Degrees Code of Practice").version("2024").clause("§5.3").build())
        .addBearer(BearerRole.STUDENT).putParameter("minimum", "9")
        .recurrence(Recurrence.every(RecurrenceUnit.ACADEMIC_YEAR)).build();
    PolicyPack pack = PolicyPack.builder().id("SOLENT-RD").version("2024.1").title("Solent research degrees")
        .layer(AuthorityLevel.INSTITUTION).institution(college).addNorm(meetings)
        .addNorm(seedNorm("first-meeting", StandardTemplates.DEADLINE_AFTER_EVENT,
            "The first meeting within 14 days of the start", "trigger", "PROGRAMME_START", "within", "P14D"))
        .addNorm(seedNorm("corresponding-author", StandardTemplates.CORRESPONDING_AUTHOR,
            "The corresponding author is the first or second tutor"))
        .build();
    RuleEngine engine = RuleEngine.builder().addPack(pack).build();
    Assessment assessment = engine.evaluate(record, LocalDate.of(2026, 9, 1));
    assessment.violationsOf(liWei).forEach(v -> out.println(v.explanation().sentence()));

    out.println("Assessment on " + assessment.asOf() + ": " + assessment);
    for (ObligationInstance obligation : assessment.obligationsOf(liWei)) {
      out.printf("  %-10s %s: %s%n", obligation.state(), obligation.ruleId(), obligation.explanation().computed().orElse(""));
    }

    // JSON: what a portal stores and sends. Reading validates as building does.
    String recordJson = CultivationJson.toJson(record);
    CultivationRecord stored = CultivationJson.fromJson(recordJson, CultivationRecord.class);
    Assessment sent = CultivationJson.fromJson(CultivationJson.toJson(assessment), Assessment.class);
    out.println("JSON round trip: record " + stored.equals(record) + ", assessment " + sent.equals(assessment)
        + " (" + recordJson.length() + " characters of record)");
    try {
      CultivationJson.fromJson(recordJson.replaceFirst("\"homeInstitution\"", "\"homeInstitute\""),
          CultivationRecord.class);
    } catch (JsonFormatException rejected) {
      out.println("Rejected JSON: " + rejected.getMessage());
    }

    try {
      record.withEvent(SupervisionMeetingHeld.builder().id(EventId.of("M-2")).date(start.plusDays(28))
          .student(liWei).kind(MeetingKind.SUPERVISION).addAttendees(liWei, TutorId.of("T-UNKNOWN"))
          .build());
    } catch (ValidationException rejected) {
      out.println("Rejected, as it should be: " + rejected.getMessage());
    }
  }
}
