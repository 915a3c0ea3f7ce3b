package org.jointcultivation.examples;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jointcultivation.core.Money;
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
import org.jointcultivation.core.agreement.SharedResource;
import org.jointcultivation.core.agreement.SharedResourcesClause;
import org.jointcultivation.core.agreement.TerminationClause;
import org.jointcultivation.core.agreement.TerminationGround;
import org.jointcultivation.core.agreement.TutorPosition;
import org.jointcultivation.core.agreement.TutorRole;
import org.jointcultivation.core.event.Author;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.FeedbackChannel;
import org.jointcultivation.core.event.FeedbackFollowedUp;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.event.FeedbackTopic;
import org.jointcultivation.core.event.FundsAgreed;
import org.jointcultivation.core.event.FundsDisbursed;
import org.jointcultivation.core.event.HealthAdjustmentMade;
import org.jointcultivation.core.event.HealthAdjustmentRequested;
import org.jointcultivation.core.event.HealthNeed;
import org.jointcultivation.core.event.IncidentKind;
import org.jointcultivation.core.event.IncidentReported;
import org.jointcultivation.core.event.LeaveKind;
import org.jointcultivation.core.event.LeaveTaken;
import org.jointcultivation.core.event.MeetingKind;
import org.jointcultivation.core.event.Milestone;
import org.jointcultivation.core.event.MilestoneReviewed;
import org.jointcultivation.core.event.PublicationSubmitted;
import org.jointcultivation.core.event.ReviewOutcome;
import org.jointcultivation.core.event.Severity;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.event.TrainingCompleted;
import org.jointcultivation.core.event.TrainingKind;
import org.jointcultivation.core.event.TutorsCommunicated;
import org.jointcultivation.core.party.DegreeType;
import org.jointcultivation.core.party.Institution;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.InstitutionKind;
import org.jointcultivation.core.party.InstitutionTier;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.StudyLevel;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.party.TutorTitle;
import org.jointcultivation.core.record.CultivationRecord;

/**
 * Seed 1's programme: a local medical college jointly trains 24 medical postgraduates with a key
 * medical university and a research institute (whose trainees also spend a placement in a
 * pharmaceutical enterprise), under the dual tutor system, over the academic years 2024/25 and
 * 2025/26. Most of what happens is ordinary; some trainees and tutors are the cases a programme
 * office must see.
 */
final class MedicalProgramme {
  static final InstitutionId COLLEGE = InstitutionId.of("YMU");
  static final InstitutionId UNIVERSITY = InstitutionId.of("KMU");
  static final InstitutionId INSTITUTE = InstitutionId.of("IMB");
  static final InstitutionId ENTERPRISE = InstitutionId.of("BSPHARM");
  static final AgreementId WITH_UNIVERSITY = AgreementId.of("AG-KMU");
  static final AgreementId WITH_INSTITUTE = AgreementId.of("AG-IMB");
  static final LocalDate START = LocalDate.of(2024, 9, 1);
  static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);

  /** Misses three monthly debriefings in a row in spring 2025. */
  static final StudentId WANG_FANG = StudentId.of("S-03");
  /** Names herself corresponding author of a paper. */
  static final StudentId ZHAO_LEI = StudentId.of("S-07");
  /** Her spring 2025 feedback is never followed up. */
  static final StudentId SUN_MIN = StudentId.of("S-11");
  /** Asks for a health adjustment, then suspends study for a month. */
  static final StudentId ZHOU_JING = StudentId.of("S-14");
  /** Sick leave in autumn 2025 shifts the deadline of his feedback's follow-up. */
  static final StudentId MA_TAO = StudentId.of("S-15");
  /** Has no mid-term review by the end of the third semester. */
  static final StudentId HU_BO = StudentId.of("S-16");
  /** Negligent: two incidents and too few meetings. */
  static final StudentId GUO_HONG = StudentId.of("S-20");
  /** Excellent trainees. */
  static final StudentId LI_WEI = StudentId.of("S-01");
  static final StudentId CHEN_YU = StudentId.of("S-13");
  /** Placed in the enterprise without an enterprise supervisor in the team. */
  static final StudentId FENG_LEI = StudentId.of("S-24");
  /** Stops contacting his students' first tutors after June 2025. */
  static final TutorId SILENT_TUTOR = TutorId.of("T-KMU-2");
  /** Took pre-service training only after his first student arrived. */
  static final TutorId LATE_TRAINEE = TutorId.of("T-IMB-2");

  private static final String[] NAMES = {
    "Li Wei", "Yang Xin", "Wang Fang", "Liu Ying", "Xu Lan", "Lin Jie", "Zhao Lei", "He Ping", "Luo Na",
    "Gao Yu", "Sun Min", "Wu Qiang", "Chen Yu", "Zhou Jing", "Ma Tao", "Hu Bo", "Zhu Hong", "Huang Hui",
    "Zhang Chao", "Guo Hong", "Liang Yan", "Song Jun", "Tang Wei", "Feng Lei"
  };

  private final SplittableRandom random = new SplittableRandom(20240901);
  private final CultivationRecord.Builder record = CultivationRecord.builder();
  private final List<org.jointcultivation.core.event.CultivationEvent> events = new ArrayList<>();
  private int eventCounter;

  private MedicalProgramme() {}

  /** The record of the whole programme. */
  static CultivationRecord record() {
    return new MedicalProgramme().build();
  }

  private CultivationRecord build() {
    record.addInstitution(institution(COLLEGE, "Youjiang Medical University for Nationalities",
            InstitutionKind.MEDICAL_COLLEGE, InstitutionTier.ORDINARY, "Guangxi"))
        .addInstitution(institution(UNIVERSITY, "Key Medical University", InstitutionKind.UNIVERSITY,
            InstitutionTier.DOUBLE_FIRST_CLASS, "Guangdong"))
        .addInstitution(institution(INSTITUTE, "Institute of Medical Biology", InstitutionKind.RESEARCH_INSTITUTE,
            InstitutionTier.NOT_RANKED, "Yunnan"))
        .addInstitution(institution(ENTERPRISE, "Baise Pharmaceutical Co.", InstitutionKind.ENTERPRISE,
            InstitutionTier.NOT_RANKED, "Guangxi"))
        .addAgreement(agreement(WITH_UNIVERSITY, CooperationForm.INTER_UNIVERSITY_DOMESTIC, UNIVERSITY))
        .addAgreement(agreement(WITH_INSTITUTE, CooperationForm.UNIVERSITY_RESEARCH_INSTITUTE, INSTITUTE, ENTERPRISE));
    List<TutorId> theoretical = List.of(tutor("T-YMU-1", "Zhang Min", COLLEGE), tutor("T-YMU-2", "Liu Yang", COLLEGE),
        tutor("T-YMU-3", "Huang Bo", COLLEGE), tutor("T-YMU-4", "Xu Na", COLLEGE));
    List<TutorId> atUniversity = List.of(tutor("T-KMU-1", "Chen Jun", UNIVERSITY), tutor("T-KMU-2", "Wu Tao", UNIVERSITY));
    List<TutorId> atInstitute = List.of(tutor("T-IMB-1", "Gao Lan", INSTITUTE), tutor("T-IMB-2", "He Qiang", INSTITUTE));
    TutorId enterpriseExpert = tutor("T-BSP-1", "Deng Hui", ENTERPRISE);
    for (TutorId tutor : List.of(theoretical.get(0), theoretical.get(1), theoretical.get(2), theoretical.get(3),
        atUniversity.get(0), atUniversity.get(1), atInstitute.get(0), enterpriseExpert)) {
      events.add(TrainingCompleted.builder().id(nextId()).date(LocalDate.of(2024, 6, 15)).tutor(tutor)
          .kind(TrainingKind.PRE_SERVICE).hours(16).provider(COLLEGE).build());
    }
    events.add(TrainingCompleted.builder().id(nextId()).date(LocalDate.of(2024, 10, 20)).tutor(LATE_TRAINEE)
        .kind(TrainingKind.PRE_SERVICE).hours(16).provider(COLLEGE).build());
    funds();
    for (int i = 0; i < NAMES.length; i++) {
      boolean university = i < 12;
      StudentId id = StudentId.of(String.format("S-%02d", i + 1));
      TutorId first = theoretical.get(i % theoretical.size());
      TutorId practical = university ? atUniversity.get(i % 2) : atInstitute.get(i % 2);
      student(id, NAMES[i], university, first, practical, university ? null : enterpriseExpert);
    }
    return record.addEvents(events).build();
  }

  private void student(StudentId id, String name, boolean atUniversity, TutorId first, TutorId practical,
      @org.jspecify.annotations.Nullable TutorId enterpriseExpert) {
    AgreementId agreement = atUniversity ? WITH_UNIVERSITY : WITH_INSTITUTE;
    InstitutionId host = atUniversity ? UNIVERSITY : INSTITUTE;
    record.addStudent(Student.builder().id(id).name(name)
            .level(id.equals(StudentId.of("S-24")) ? StudyLevel.DOCTORAL : StudyLevel.MASTER)
            .degreeType(atUniversity ? DegreeType.ACADEMIC : DegreeType.PROFESSIONAL).startDate(START)
            .freshGraduate(random.nextBoolean()).build())
        .addCandidacy(Candidacy.builder().student(id).agreement(agreement).homeInstitution(COLLEGE)
            .hostInstitution(host).startDate(START).build());
    DualTutorAssignment.Builder team = DualTutorAssignment.builder().student(id).agreement(agreement)
        .firstTutor(first).secondTutor(practical).firstTutorRole(TutorRole.THEORETICAL)
        .personInCharge(TutorPosition.SECOND).startDate(START);
    if (enterpriseExpert != null) {
      if (!id.equals(FENG_LEI)) {
        team.addAdditionalSupervisor(enterpriseExpert);
      }
      record.addPlacement(Placement.builder().student(id).agreement(agreement).host(ENTERPRISE)
          .kind(PlacementKind.ENTERPRISE_PRACTICE).startDate(LocalDate.of(2025, 3, 1))
          .endDate(LocalDate.of(2025, 9, 30)).build());
    }
    record.addAssignment(team.build());
    record.addPlacement(Placement.builder().student(id).agreement(agreement).host(host).kind(PlacementKind.RESEARCH)
        .startDate(START).endDate(LocalDate.of(2026, 8, 31)).build());

    for (int month = 0; month < 24; month++) {
      LocalDate day = START.plusMonths(month).plusDays(4 + random.nextInt(8));
      boolean missed = (id.equals(WANG_FANG) && month >= 5 && month <= 7)
          || (id.equals(GUO_HONG) && month % 3 == 1)
          || (id.equals(ZHOU_JING) && month == 7);
      if (!missed) {
        boolean wholeTeam = month % 3 == 2;
        List<PersonId> attendees = wholeTeam ? List.of(id, practical, first) : List.of(id, practical);
        events.add(SupervisionMeetingHeld.builder().id(nextId()).date(day).student(id)
            .kind(month >= 12 ? MeetingKind.DISSERTATION_DEBRIEFING : MeetingKind.PROGRESS_DEBRIEFING)
            .addAllAttendees(attendees).addSubject("progress").addOutcome("next steps agreed")
            .addAllConfirmedBy(attendees).build());
      }
      boolean silent = practical.equals(SILENT_TUTOR) && month >= 10;
      if (!silent) {
        events.add(TutorsCommunicated.builder().id(nextId()).date(START.plusMonths(month).plusDays(2))
            .student(id).initiator(practical).recipient(first).topic("progress of " + name).build());
        events.add(TutorsCommunicated.builder().id(nextId()).date(START.plusMonths(month).plusDays(20))
            .student(id).initiator(practical).recipient(first).topic("experiments of " + name).build());
      }
    }
    for (int term = 0; term < 4; term++) {
      LocalDate day = START.plusMonths(1 + 6L * term).plusDays(random.nextInt(20));
      FeedbackSubmitted feedback = FeedbackSubmitted.builder().id(nextId()).date(day).student(id)
          .channel(FeedbackChannel.EVALUATION_PLATFORM).topic(FeedbackTopic.TEACHING_QUALITY)
          .text("more time on the instruments").build();
      events.add(feedback);
      if (!(id.equals(SUN_MIN) && term == 1)) {
        events.add(FeedbackFollowedUp.builder().id(nextId()).date(day.plusDays(2 + random.nextInt(8))).student(id)
            .feedback(feedback.id()).by(practical).action("instrument time booked").build());
      }
    }
    if (!id.equals(HU_BO)) {
      boolean excellent = id.equals(LI_WEI) || id.equals(CHEN_YU);
      events.add(MilestoneReviewed.builder().id(nextId()).date(LocalDate.of(2025, 12, 10)).student(id)
          .milestone(Milestone.MID_TERM_REVIEW).panelSize(3)
          .outcome(excellent ? ReviewOutcome.EXCELLENT : random.nextBoolean() ? ReviewOutcome.GOOD : ReviewOutcome.PASS)
          .build());
    }
    if (id.equals(LI_WEI) || id.equals(CHEN_YU) || id.equals(ZHAO_LEI)) {
      Author trainee = Author.of(name, id, COLLEGE, host);
      Author tutor = Author.of("Tutor " + practical, practical, host);
      events.add(PublicationSubmitted.builder().id(nextId()).date(LocalDate.of(2026, 3, 20)).student(id)
          .title("Hypoxia and cell viability, study " + id).venue("Journal of Medical Research")
          .addAuthors(trainee, tutor).addCorrespondingAuthor(id.equals(ZHAO_LEI) ? trainee : tutor).build());
    }
    specialCases(id, practical);
  }

  private void specialCases(StudentId id, TutorId practical) {
    if (id.equals(ZHOU_JING)) {
      HealthAdjustmentRequested request = HealthAdjustmentRequested.builder().id(nextId())
          .date(LocalDate.of(2025, 4, 2)).student(id).need(HealthNeed.MENTAL)
          .description("lighter laboratory load after a difficult winter").build();
      events.add(request);
      events.add(LeaveTaken.builder().id(nextId()).date(LocalDate.of(2025, 4, 5)).student(id)
          .kind(LeaveKind.STUDY_SUSPENDED).endDate(LocalDate.of(2025, 5, 4)).build());
      events.add(HealthAdjustmentMade.builder().id(nextId()).date(LocalDate.of(2025, 5, 8)).student(id)
          .request(request.id()).by(practical).adjustment("half-time laboratory schedule").build());
    }
    if (id.equals(MA_TAO)) {
      FeedbackSubmitted feedback = FeedbackSubmitted.builder().id(nextId()).date(LocalDate.of(2025, 9, 28))
          .student(id).channel(FeedbackChannel.SEMINAR).topic(FeedbackTopic.WELLBEING)
          .text("the night experiments are exhausting").build();
      events.add(feedback);
      events.add(LeaveTaken.builder().id(nextId()).date(LocalDate.of(2025, 10, 1)).student(id)
          .kind(LeaveKind.SICK).endDate(LocalDate.of(2025, 11, 29)).build());
      events.add(FeedbackFollowedUp.builder().id(nextId()).date(LocalDate.of(2025, 12, 3)).student(id)
          .feedback(feedback.id()).by(practical).action("night experiments rotated").build());
    }
    if (id.equals(GUO_HONG)) {
      for (LocalDate day : List.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 5, 20))) {
        events.add(IncidentReported.builder().id(nextId()).date(day).subject(id).kind(IncidentKind.NEGLIGENCE)
            .severity(Severity.MINOR).description("left cell cultures unattended").reportedBy(practical).build());
      }
    }
  }

  private void funds() {
    events.add(FundsAgreed.builder().id(nextId()).date(LocalDate.of(2024, 8, 15)).agreement(WITH_UNIVERSITY)
        .clause("§4.1").funder(UNIVERSITY).amount(Money.of("200000", "CNY")).build());
    events.add(FundsAgreed.builder().id(nextId()).date(LocalDate.of(2024, 11, 20)).agreement(WITH_INSTITUTE)
        .clause("§4.1").funder(INSTITUTE).amount(Money.of("150000", "CNY")).build());
    for (int year = 2024; year <= 2025; year++) {
      events.add(FundsDisbursed.builder().id(nextId()).date(LocalDate.of(year, 12, 1)).agreement(WITH_UNIVERSITY)
          .funder(UNIVERSITY).amount(Money.of("90000", "CNY")).build());
      events.add(FundsDisbursed.builder().id(nextId()).date(LocalDate.of(year, 12, 1)).agreement(WITH_INSTITUTE)
          .funder(INSTITUTE).amount(Money.of("70000", "CNY")).build());
    }
  }

  private static Institution institution(InstitutionId id, String name, InstitutionKind kind, InstitutionTier tier,
      String region) {
    Institution.Builder institution = Institution.builder().id(id).name(name).kind(kind).tier(tier).region(region)
        .country("CN");
    if (kind.mayAwardDegrees()) {
      institution.addDegreeAwardingPowers(StudyLevel.MASTER, StudyLevel.DOCTORAL);
    }
    return institution.build();
  }

  private static CooperationAgreement agreement(AgreementId id, CooperationForm form, InstitutionId host,
      InstitutionId... others) {
    return CooperationAgreement.builder().id(id).title("Joint cultivation of medical postgraduates with " + host)
        .form(form).addParties(COLLEGE, host).addParties(others)
        .startDate(LocalDate.of(2024, 7, 1)).endDate(LocalDate.of(2029, 6, 30))
        .addClause(SharedResourcesClause.builder().reference("§2.1").provider(host)
            .addResources(SharedResource.LABORATORY, SharedResource.INSTRUMENTS).build())
        .addClause(FundingClause.builder().reference("§4.1").addFunder(host).purpose("experiments of joint trainees")
            .build())
        .addClause(AuthorshipClause.builder().reference("§5.1")
            .addCorrespondingAuthorPositions(TutorPosition.FIRST, TutorPosition.SECOND).build())
        .addClause(PlacementClause.builder().reference("§6.1").minimumDuration(Period.ofMonths(6))
            .minimumDurationForFreshGraduates(Period.ofMonths(12)).build())
        .addClause(GoverningRegulationsClause.builder().reference("§7.2").addPrecedence(COLLEGE, host).build())
        .addClause(TerminationClause.builder().reference("§9.1")
            .addGrounds(TerminationGround.INSUBORDINATION, TerminationGround.SERIOUS_DISCIPLINARY_OFFENCE)
            .noticePeriod(Period.ofMonths(1)).build())
        .build();
  }

  private TutorId tutor(String id, String name, InstitutionId home) {
    TutorId tutorId = TutorId.of(id);
    record.addTutor(Tutor.builder().id(tutorId).name(name).homeInstitution(home)
        .title(home.equals(ENTERPRISE) ? TutorTitle.SENIOR_ENGINEER : TutorTitle.PROFESSOR).build());
    return tutorId;
  }

  private EventId nextId() {
    eventCounter++;
    return EventId.of(String.format("EV-%05d", eventCounter));
  }
}
