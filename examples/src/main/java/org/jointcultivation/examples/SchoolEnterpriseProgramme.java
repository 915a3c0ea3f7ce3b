package org.jointcultivation.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.Candidacy;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.CooperationForm;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.agreement.Placement;
import org.jointcultivation.core.agreement.PlacementKind;
import org.jointcultivation.core.agreement.SharedResource;
import org.jointcultivation.core.agreement.SharedResourcesClause;
import org.jointcultivation.core.agreement.TutorRole;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.ExchangeActivityRecorded;
import org.jointcultivation.core.event.ExchangeKind;
import org.jointcultivation.core.event.MeetingKind;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.norm.Applicability;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.NormKind;
import org.jointcultivation.core.norm.NormSource;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.Recurrence;
import org.jointcultivation.core.norm.RecurrenceUnit;
import org.jointcultivation.core.norm.RewardPolicy;
import org.jointcultivation.core.norm.RewardRecipient;
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
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.RuleEngine;
import org.jointcultivation.rules.StandardTemplates;

/**
 * Seed 2's production–education integration: a local medical college and a pharmaceutical
 * enterprise train applied undergraduates together under the city government's policy on
 * school–enterprise cooperation. School teachers practise in the enterprise, the enterprise's
 * experts teach at the school, students do placements, and outstanding teachers and enterprise
 * backbone staff are rewarded.
 */
public final class SchoolEnterpriseProgramme {
  static final InstitutionId COLLEGE = InstitutionId.of("YMU");
  static final InstitutionId ENTERPRISE = InstitutionId.of("BSPHARM");
  static final InstitutionId GOVERNMENT = InstitutionId.of("BAISE-GOV");
  static final AgreementId AGREEMENT = AgreementId.of("AG-SE-2024");
  static final LocalDate START = LocalDate.of(2024, 9, 1);
  static final LocalDate AS_OF = LocalDate.of(2025, 9, 15);
  /** A teacher with a full year of practice in the enterprise. */
  static final TutorId OUTSTANDING_TEACHER = TutorId.of("T-S1");
  /** A teacher who never went to the enterprise. */
  static final TutorId ABSENT_TEACHER = TutorId.of("T-S3");
  /** An enterprise expert who taught a whole course at the school. */
  static final TutorId BACKBONE_EXPERT = TutorId.of("T-E1");
  /** A student whose placement was cut short. */
  static final StudentId SHORT_PLACEMENT = StudentId.of("U-05");

  private SchoolEnterpriseProgramme() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(PrintStream out) {
    CultivationRecord record = record();
    Assessment assessment = engine(record).evaluate(record, AS_OF);
    Report report = new Report(out, record, assessment);
    report.print("School–enterprise production–education integration (seed 2)");
  }

  static RuleEngine engine(CultivationRecord record) {
    NormSource policy = NormSource.builder().authority("Baise Municipal People's Government")
        .level(AuthorityLevel.REGIONAL).document("Measures on school–enterprise cooperation in vocational and medical education")
        .version("2023").clause("art. 14").build();
    NormSource incentives = NormSource.builder().authority("Youjiang Medical University for Nationalities")
        .level(AuthorityLevel.INSTITUTION).document("Incentives for production–education integration").version("2024")
        .clause("§2").build();
    PolicyPack city = PolicyPack.builder().id("BAISE").version("2023").title("City policy").layer(AuthorityLevel.REGIONAL)
        .addNorm(Norm.builder().id("teacher-practice").kind(NormKind.OBLIGATION)
            .template(StandardTemplates.MINIMUM_COUNT_PER_PERIOD)
            .title("School teachers practise in an enterprise every academic year").source(policy)
            .addBearer(BearerRole.TUTOR)
            .parameters(Map.of("minimum", "1", "event", "ExchangeActivityRecorded",
                "kinds", "TEACHER_PRACTICE_IN_ENTERPRISE", "tutorInstitutionKinds", "MEDICAL_COLLEGE,UNIVERSITY"))
            .recurrence(Recurrence.every(RecurrenceUnit.ACADEMIC_YEAR)).build())
        .addNorm(Norm.builder().id("applied-placement").kind(NormKind.OBLIGATION)
            .template(StandardTemplates.MINIMUM_PLACEMENT)
            .title("Applied undergraduates spend at least 6 months in the enterprise").source(policy)
            .addBearer(BearerRole.STUDENT)
            .applicability(Applicability.builder().addLevel(StudyLevel.UNDERGRADUATE).build())
            .parameters(Map.of("minimum", "P6M", "by", "P1Y", "placementKinds", "ENTERPRISE_PRACTICE")).build())
        .build();
    PolicyPack college = PolicyPack.builder().id("YMU-PEI").version("2024").title("College incentives")
        .layer(AuthorityLevel.INSTITUTION).institution(COLLEGE)
        .addRewardPolicy(RewardPolicy.builder().id("outstanding-teacher")
            .title("Award for outstanding teachers and enterprise backbone staff").source(incentives)
            .criterion("outstanding-teacher").parameters(Map.of("minimumHours", "40", "window", "P1Y"))
            .addRecipients(RewardRecipient.TEACHER, RewardRecipient.ENTERPRISE_EXPERT)
            .rewardCode("PEI_EXCELLENCE_AWARD").build())
        .build();
    return RuleEngine.builder().addPack(city).addPack(college).validateAgainst(record).build();
  }

  static CultivationRecord record() {
    CultivationRecord.Builder record = CultivationRecord.builder()
        .addInstitution(Institution.builder().id(COLLEGE).name("Youjiang Medical University for Nationalities")
            .kind(InstitutionKind.MEDICAL_COLLEGE).tier(InstitutionTier.ORDINARY).region("Guangxi").country("CN")
            .addDegreeAwardingPowers(StudyLevel.UNDERGRADUATE, StudyLevel.MASTER).build())
        .addInstitution(Institution.builder().id(ENTERPRISE).name("Baise Pharmaceutical Co.")
            .kind(InstitutionKind.ENTERPRISE).region("Guangxi").country("CN").build())
        .addInstitution(Institution.builder().id(GOVERNMENT).name("Baise Municipal People's Government")
            .kind(InstitutionKind.GOVERNMENT_AUTHORITY).region("Guangxi").country("CN").build())
        .addAgreement(CooperationAgreement.builder().id(AGREEMENT)
            .title("Production–education integration in pharmacy and clinical medicine")
            .form(CooperationForm.UNIVERSITY_ENTERPRISE).addParties(COLLEGE, ENTERPRISE)
            .startDate(LocalDate.of(2024, 7, 1)).endDate(LocalDate.of(2027, 6, 30))
            .addClause(SharedResourcesClause.builder().reference("§3").provider(ENTERPRISE)
                .addResources(SharedResource.LABORATORY, SharedResource.INSTRUMENTS).build())
            .addClause(SharedResourcesClause.builder().reference("§4").provider(COLLEGE)
                .addResource(SharedResource.TEACHING).build())
            .build());
    List<TutorId> teachers = List.of(tutor(record, "T-S1", "Lu Ming", COLLEGE), tutor(record, "T-S2", "Qin Li", COLLEGE),
        tutor(record, "T-S3", "Pan Hao", COLLEGE));
    List<TutorId> experts = List.of(tutor(record, "T-E1", "Wei Dong", ENTERPRISE),
        tutor(record, "T-E2", "Mo Yan", ENTERPRISE));
    String[] names = {"Lan Xue", "Nong Ping", "Huang Fei", "Lu Qing", "Wei Ling", "Tan Yu", "Meng Hua", "Shi Jun"};
    int event = 0;
    for (int i = 0; i < names.length; i++) {
      StudentId id = StudentId.of(String.format("U-%02d", i + 1));
      TutorId teacher = teachers.get(i % teachers.size());
      TutorId expert = experts.get(i % experts.size());
      record.addStudent(Student.builder().id(id).name(names[i]).level(StudyLevel.UNDERGRADUATE)
              .degreeType(DegreeType.PROFESSIONAL).startDate(START).build())
          .addCandidacy(Candidacy.builder().student(id).agreement(AGREEMENT).homeInstitution(COLLEGE)
              .hostInstitution(ENTERPRISE).startDate(START).build())
          .addAssignment(DualTutorAssignment.builder().student(id).agreement(AGREEMENT).firstTutor(teacher)
              .secondTutor(expert).firstTutorRole(TutorRole.THEORETICAL).startDate(START).build())
          .addPlacement(Placement.builder().student(id).agreement(AGREEMENT).host(ENTERPRISE)
              .kind(PlacementKind.ENTERPRISE_PRACTICE).startDate(LocalDate.of(2025, 1, 6))
              .endDate(id.equals(SHORT_PLACEMENT) ? LocalDate.of(2025, 4, 30) : LocalDate.of(2025, 7, 31)).build());
      for (int month = 0; month < 12; month += 2) {
        event++;
        record.addEvent(SupervisionMeetingHeld.builder().id(EventId.of("SE-" + event))
            .date(START.plusMonths(month).plusDays(10)).student(id).kind(MeetingKind.PROGRESS_DEBRIEFING)
            .addAttendees(id, teacher, expert).addConfirmedBy(id, teacher).build());
      }
    }
    record.addEvent(exchange("X-1", OUTSTANDING_TEACHER, ENTERPRISE, ExchangeKind.TEACHER_PRACTICE_IN_ENTERPRISE,
            LocalDate.of(2024, 11, 4), 24))
        .addEvent(exchange("X-2", OUTSTANDING_TEACHER, ENTERPRISE, ExchangeKind.TEACHER_PRACTICE_IN_ENTERPRISE,
            LocalDate.of(2025, 3, 10), 24))
        .addEvent(exchange("X-3", TutorId.of("T-S2"), ENTERPRISE, ExchangeKind.TEACHER_PRACTICE_IN_ENTERPRISE,
            LocalDate.of(2025, 4, 14), 16))
        .addEvent(exchange("X-4", BACKBONE_EXPERT, COLLEGE, ExchangeKind.EXPERT_TEACHING_AT_SCHOOL,
            LocalDate.of(2024, 10, 8), 32))
        .addEvent(exchange("X-5", BACKBONE_EXPERT, COLLEGE, ExchangeKind.EXPERT_TEACHING_AT_SCHOOL,
            LocalDate.of(2025, 4, 1), 16))
        .addEvent(exchange("X-6", TutorId.of("T-E2"), COLLEGE, ExchangeKind.EXPERT_TEACHING_AT_SCHOOL,
            LocalDate.of(2025, 5, 6), 8));
    return record.build();
  }

  private static ExchangeActivityRecorded exchange(String id, TutorId tutor, InstitutionId host, ExchangeKind kind,
      LocalDate date, int hours) {
    return ExchangeActivityRecorded.builder().id(EventId.of(id)).date(date).tutor(tutor).host(host).kind(kind)
        .hours(hours).build();
  }

  private static TutorId tutor(CultivationRecord.Builder record, String id, String name, InstitutionId home) {
    TutorId tutorId = TutorId.of(id);
    record.addTutor(Tutor.builder().id(tutorId).name(name).homeInstitution(home)
        .title(home.equals(ENTERPRISE) ? TutorTitle.SENIOR_ENGINEER : TutorTitle.LECTURER).build());
    return tutorId;
  }
}
