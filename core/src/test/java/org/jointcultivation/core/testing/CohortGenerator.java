package org.jointcultivation.core.testing;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.jointcultivation.core.agreement.TerminationClause;
import org.jointcultivation.core.agreement.TerminationGround;
import org.jointcultivation.core.agreement.TutorPosition;
import org.jointcultivation.core.agreement.TutorRole;
import org.jointcultivation.core.event.AchievementKind;
import org.jointcultivation.core.event.AchievementRecorded;
import org.jointcultivation.core.event.ActionItem;
import org.jointcultivation.core.event.Author;
import org.jointcultivation.core.event.CultivationEvent;
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
import org.jointcultivation.core.event.ProblemAcknowledged;
import org.jointcultivation.core.event.ProgressKind;
import org.jointcultivation.core.event.ProgressReported;
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
import org.jointcultivation.core.party.StudyMode;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.party.TutorTitle;

/**
 * Generates realistic cohorts deterministically from a seed: the same seed and size always give an
 * equal cohort.
 *
 * <p>Each 1,000 students share a home medical college with four partners (a key university, a
 * research institute, a hospital and a pharmaceutical enterprise), one agreement per partner. Every
 * student has a theoretical tutor at home and a practical tutor at the partner (about 8 students per
 * tutor), a candidacy and a placement, and about three academic years of events: 10 to 12 meetings
 * a year, tutor communications, progress reports with acknowledged problems, milestone reviews,
 * publications (some with a corresponding author who is not a tutor), feedback mostly followed up,
 * a few health adjustments, leave and incidents. Tutors train every year; agreements have funds
 * agreed and disbursed.
 */
public final class CohortGenerator {
  /** A department: 10³ students. */
  public static final int DEPARTMENT = 1_000;

  /** A province or a large university: 10⁵ students. */
  public static final int PROVINCE = 100_000;

  private static final int STUDENTS_PER_HOME = 1_000;
  private static final int STUDENTS_PER_TUTOR = 8;
  private static final LocalDate AGREEMENTS_START = LocalDate.of(2020, 9, 1);
  private static final LocalDate AGREEMENTS_END = LocalDate.of(2030, 8, 31);
  private static final int FIRST_INTAKE = 2021;
  private static final int INTAKES = 3;
  private static final int YEARS_OF_EVENTS = 3;

  private static final String[] FAMILY_NAMES = {
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
    "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao"
  };
  private static final String[] GIVEN_NAMES = {
    "Wei", "Fang", "Min", "Jing", "Lei", "Yan", "Jun", "Hui", "Xin", "Ying", "Tao", "Lan", "Qiang",
    "Ping", "Hong", "Bo", "Na", "Jie", "Yu", "Chao"
  };
  private static final String[] REGIONS = {"Guangxi", "Sichuan", "Yunnan", "Guizhou", "Hunan"};

  /** The current department's: each department draws from its own, so it can be made alone. */
  private SplittableRandom random;
  private final long seed;
  private final List<Institution> institutions = new ArrayList<>();
  private final List<Student> students = new ArrayList<>();
  private final List<Tutor> tutors = new ArrayList<>();
  private final List<CooperationAgreement> agreements = new ArrayList<>();
  private final List<Candidacy> candidacies = new ArrayList<>();
  private final List<DualTutorAssignment> assignments = new ArrayList<>();
  private final List<Placement> placements = new ArrayList<>();
  private final List<CultivationEvent> events = new ArrayList<>();

  private CohortGenerator(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** Generates a cohort of {@code studentCount} students (at least 1) from {@code seed}. */
  public static Cohort generate(long seed, int studentCount) {
    if (studentCount < 1) {
      throw new IllegalArgumentException("studentCount must be at least 1, not " + studentCount);
    }
    return new CohortGenerator(seed).run(studentCount);
  }

  /**
   * The same programme as {@link #generate}, one department (one home college and its 10³
   * students) at a time, made only when the stream reaches it: a nation of 10⁶ students is a
   * thousand departments, of which the caller holds only those it keeps. Departments share no
   * institution, tutor or agreement, and their ids are those of the whole cohort, so each is a
   * part of the programme that can be evaluated alone; merged, they are {@code generate(seed,
   * studentCount)}.
   *
   * @throws IllegalArgumentException if {@code studentCount} is less than 1
   */
  public static java.util.stream.Stream<Cohort> departments(long seed, int studentCount) {
    if (studentCount < 1) {
      throw new IllegalArgumentException("studentCount must be at least 1, not " + studentCount);
    }
    int homes = (studentCount + STUDENTS_PER_HOME - 1) / STUDENTS_PER_HOME;
    return java.util.stream.IntStream.range(0, homes).mapToObj(home -> {
      CohortGenerator generator = new CohortGenerator(seed);
      int first = home * STUDENTS_PER_HOME;
      generator.programme(home, first, Math.min(STUDENTS_PER_HOME, studentCount - first));
      return generator.cohort();
    });
  }

  private Cohort run(int studentCount) {
    int homes = (studentCount + STUDENTS_PER_HOME - 1) / STUDENTS_PER_HOME;
    int next = 0;
    for (int home = 0; home < homes; home++) {
      int size = Math.min(STUDENTS_PER_HOME, studentCount - next);
      programme(home, next, size);
      next += size;
    }
    return cohort();
  }

  private Cohort cohort() {
    return new Cohort(
        seed,
        institutions,
        students,
        tutors,
        agreements,
        candidacies,
        assignments,
        placements,
        events,
        LocalDate.of(FIRST_INTAKE + INTAKES - 1 + YEARS_OF_EVENTS, 9, 1));
  }

  /**
   * The random numbers of department {@code home}: the first department's are the seed's own, so
   * a cohort of one department is what it always was.
   */
  private static SplittableRandom departmentRandom(long seed, int home) {
    return new SplittableRandom(home == 0 ? seed : seed * 0x9E3779B97F4A7C15L + home);
  }

  /** One home college, its four partners and agreements, and {@code size} students. */
  private void programme(int home, int firstStudent, int size) {
    random = departmentRandom(seed, home);
    String region = REGIONS[home % REGIONS.length];
    InstitutionId college =
        institution("H" + home, "Medical College " + home, InstitutionKind.MEDICAL_COLLEGE,
            InstitutionTier.ORDINARY, region, true);
    InstitutionKind[] partnerKinds = {
      InstitutionKind.UNIVERSITY, InstitutionKind.RESEARCH_INSTITUTE, InstitutionKind.HOSPITAL,
      InstitutionKind.ENTERPRISE
    };
    CooperationForm[] forms = {
      CooperationForm.INTER_UNIVERSITY_DOMESTIC, CooperationForm.UNIVERSITY_RESEARCH_INSTITUTE,
      CooperationForm.UNIVERSITY_HOSPITAL, CooperationForm.UNIVERSITY_ENTERPRISE
    };
    for (int p = 0; p < partnerKinds.length; p++) {
      int from = p * size / partnerKinds.length;
      int to = (p + 1) * size / partnerKinds.length;
      if (from == to) {
        continue;
      }
      InstitutionKind kind = partnerKinds[p];
      InstitutionId partner =
          institution("H" + home + "-P" + p, kind.name().replace('_', ' ').toLowerCase(Locale.ROOT) + " " + home,
              kind, kind == InstitutionKind.UNIVERSITY ? InstitutionTier.DOUBLE_FIRST_CLASS
                  : InstitutionTier.NOT_RANKED, region, kind.mayAwardDegrees());
      CooperationAgreement agreement = agreement("AG-H" + home + "-P" + p, forms[p], college, partner);
      agreements.add(agreement);
      boolean practicalLeads = kind == InstitutionKind.RESEARCH_INSTITUTE;
      int tutorCount = Math.max(1, (to - from + STUDENTS_PER_TUTOR - 1) / STUDENTS_PER_TUTOR);
      List<TutorId> theoretical = tutorsAt(college, agreement.id().value() + "-T", tutorCount);
      List<TutorId> practical = tutorsAt(partner, agreement.id().value() + "-P", tutorCount);
      agreementEvents(agreement, partner);
      for (int i = from; i < to; i++) {
        student(firstStudent + i, agreement, college, partner,
            theoretical.get((i - from) % tutorCount), practical.get((i - from) % tutorCount),
            practicalLeads, kind);
      }
    }
  }

  private InstitutionId institution(String id, String name, InstitutionKind kind,
      InstitutionTier tier, String region, boolean awardsDegrees) {
    Institution.Builder builder = Institution.builder().id(InstitutionId.of(id)).name(name)
        .kind(kind).tier(tier).region(region).country("CN");
    if (awardsDegrees) {
      builder.addDegreeAwardingPowers(StudyLevel.MASTER, StudyLevel.DOCTORAL);
    }
    Institution institution = builder.build();
    institutions.add(institution);
    return institution.id();
  }

  private static CooperationAgreement agreement(String id, CooperationForm form,
      InstitutionId college, InstitutionId partner) {
    return CooperationAgreement.builder()
        .id(AgreementId.of(id))
        .title("Joint cultivation of postgraduates, " + college + " and " + partner)
        .form(form)
        .addParties(college, partner)
        .startDate(AGREEMENTS_START)
        .endDate(AGREEMENTS_END)
        .addClause(AuthorshipClause.builder().reference("§5.1")
            .addCorrespondingAuthorPositions(TutorPosition.FIRST, TutorPosition.SECOND).build())
        .addClause(GoverningRegulationsClause.builder().reference("§7.2")
            .addPrecedence(college, partner).build())
        .addClause(FundingClause.builder().reference("§4.1").addFunder(partner)
            .purpose("experiments of joint trainees").build())
        .addClause(PlacementClause.builder().reference("§3.2")
            .minimumDuration(Period.ofMonths(6))
            .minimumDurationForFreshGraduates(Period.ofMonths(12)).build())
        .addClause(TerminationClause.builder().reference("§9.1")
            .addGrounds(TerminationGround.INSUBORDINATION,
                TerminationGround.SERIOUS_DISCIPLINARY_OFFENCE, TerminationGround.MUTUAL_CONSENT)
            .noticePeriod(Period.ofMonths(3)).build())
        .build();
  }

  private List<TutorId> tutorsAt(InstitutionId institution, String prefix, int count) {
    List<TutorId> ids = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      TutorId id = TutorId.of(prefix + t);
      tutors.add(Tutor.builder().id(id).name(personName()).homeInstitution(institution)
          .title(pick(TutorTitle.PROFESSOR, TutorTitle.ASSOCIATE_PROFESSOR,
              TutorTitle.CHIEF_PHYSICIAN, TutorTitle.SENIOR_ENGINEER))
          .supervisingSince(LocalDate.of(2010 + random.nextInt(10), 9, 1))
          .build());
      ids.add(id);
      for (int year = FIRST_INTAKE; year < FIRST_INTAKE + INTAKES + YEARS_OF_EVENTS - 1; year++) {
        if (random.nextDouble() < 0.9) {
          events.add(TrainingCompleted.builder().id(EventId.of(id + "-TR" + year))
              .date(LocalDate.of(year, 10, 1).plusDays(random.nextInt(60))).tutor(id)
              .kind(TrainingKind.IN_POST).hours(4 + random.nextInt(8)).build());
        }
      }
    }
    return ids;
  }

  private void agreementEvents(CooperationAgreement agreement, InstitutionId partner) {
    String prefix = agreement.id().value();
    events.add(FundsAgreed.builder().id(EventId.of(prefix + "-FA")).date(AGREEMENTS_START.plusDays(30))
        .agreement(agreement.id()).clause("§4.1").funder(partner)
        .amount(Money.of("200000", "CNY")).build());
    for (int year = FIRST_INTAKE; year < FIRST_INTAKE + INTAKES + YEARS_OF_EVENTS - 1; year++) {
      events.add(FundsDisbursed.builder().id(EventId.of(prefix + "-FD" + year))
          .date(LocalDate.of(year, 10, 15)).agreement(agreement.id()).funder(partner)
          .amount(Money.of(String.valueOf(40000 + random.nextInt(20) * 1000), "CNY")).build());
    }
  }

  private void student(int index, CooperationAgreement agreement, InstitutionId college,
      InstitutionId partner, TutorId theoretical, TutorId practical, boolean practicalLeads,
      InstitutionKind partnerKind) {
    StudentId id = StudentId.of(String.format("S%07d", index));
    LocalDate start = LocalDate.of(FIRST_INTAKE + random.nextInt(INTAKES), 9, 1);
    boolean professional = random.nextDouble() < 0.4;
    Student student = Student.builder().id(id).name(personName())
        .level(random.nextDouble() < 0.8 ? StudyLevel.MASTER : StudyLevel.DOCTORAL)
        .degreeType(professional ? DegreeType.PROFESSIONAL : DegreeType.ACADEMIC)
        .studyMode(random.nextDouble() < 0.9 ? StudyMode.FULL_TIME : StudyMode.PART_TIME)
        .startDate(start).freshGraduate(random.nextDouble() < 0.6).build();
    students.add(student);
    candidacies.add(Candidacy.builder().student(id).agreement(agreement.id())
        .homeInstitution(college).hostInstitution(partner).startDate(start).build());
    DualTutorAssignment team = DualTutorAssignment.builder().student(id).agreement(agreement.id())
        .firstTutor(theoretical).secondTutor(practical).firstTutorRole(TutorRole.THEORETICAL)
        .personInCharge(practicalLeads ? TutorPosition.SECOND : TutorPosition.FIRST)
        .startDate(start).build();
    assignments.add(team);
    LocalDate placementStart = start.plusYears(1);
    placements.add(Placement.builder().student(id).agreement(agreement.id()).host(partner)
        .kind(partnerKind == InstitutionKind.ENTERPRISE ? PlacementKind.ENTERPRISE_PRACTICE
            : partnerKind == InstitutionKind.HOSPITAL ? PlacementKind.CLINICAL
            : PlacementKind.RESEARCH)
        .startDate(placementStart).endDate(placementStart.plusMonths(4 + random.nextInt(10)))
        .build());
    new StudentEvents(id, team, college).generate(start);
  }

  /** Generates one student's events; ids are the student id plus a running number. */
  private final class StudentEvents {
    private final StudentId student;
    private final DualTutorAssignment team;
    private final InstitutionId college;
    private int counter;

    StudentEvents(StudentId student, DualTutorAssignment team, InstitutionId college) {
      this.student = student;
      this.team = team;
      this.college = college;
    }

    private EventId nextId() {
      counter++;
      return EventId.of(student.value() + "-E" + counter);
    }

    void generate(LocalDate start) {
      TutorId lead = team.leadTutor();
      TutorId partner = team.partnerOfLead();
      for (int year = 0; year < YEARS_OF_EVENTS; year++) {
        LocalDate yearStart = start.plusYears(year);
        meetings(yearStart, year, lead, partner);
        for (int c = 0; c < 6; c++) {
          events.add(TutorsCommunicated.builder().id(nextId())
              .date(yearStart.plusDays(c * 60L + random.nextInt(30))).student(student)
              .initiator(lead).recipient(partner).topic("progress of " + student).build());
        }
        progressReports(yearStart, year, lead);
        milestone(yearStart, year);
        feedback(yearStart, lead);
      }
      publications(start, lead, partner);
      occasionalEvents(start, lead);
    }

    private void meetings(LocalDate yearStart, int year, TutorId lead, TutorId partner) {
      int count = 10 + random.nextInt(3);
      for (int m = 0; m < count; m++) {
        LocalDate date = yearStart.plusDays(m * (364L / count) + random.nextInt(7));
        boolean fullTeam = m % 4 == 3;
        List<PersonId> attendees = new ArrayList<>(List.of(student, lead));
        if (fullTeam || random.nextDouble() < 0.2) {
          attendees.add(partner);
        }
        SupervisionMeetingHeld.Builder meeting = SupervisionMeetingHeld.builder().id(nextId())
            .date(date).student(student)
            .kind(fullTeam ? MeetingKind.FULL_TEAM
                : year == YEARS_OF_EVENTS - 1 ? MeetingKind.DISSERTATION_DEBRIEFING
                : MeetingKind.PROGRESS_DEBRIEFING)
            .addAllAttendees(attendees)
            .addSubject("experimental progress")
            .addOutcome("next experiments agreed")
            .addAction(ActionItem.builder().description("run the next experiment").owner(student)
                .dueDate(date.plusDays(14)).build());
        if (random.nextDouble() < 0.9) {
          meeting.addAllConfirmedBy(attendees);
        } else {
          meeting.addConfirmedBy(student);
        }
        events.add(meeting.build());
      }
    }

    private void progressReports(LocalDate yearStart, int year, TutorId lead) {
      for (int r = 0; r < 2; r++) {
        LocalDate date = yearStart.plusDays(150L * r + 60 + random.nextInt(30));
        ProgressReported.Builder report = ProgressReported.builder().id(nextId()).date(date)
            .student(student)
            .kind(year == YEARS_OF_EVENTS - 1 ? ProgressKind.DISSERTATION : ProgressKind.EXPERIMENTAL)
            .summary("progress in term " + (2 * year + r + 1)).addNextStep("continue")
            .addReportedTo(team.firstTutor(), team.secondTutor());
        boolean problems = random.nextDouble() < 0.3;
        if (problems) {
          report.addProblem("instrument time is short");
        }
        ProgressReported built = report.build();
        events.add(built);
        if (problems && random.nextDouble() < 0.85) {
          events.add(ProblemAcknowledged.builder().id(nextId())
              .date(date.plusDays(1 + random.nextInt(10))).student(student).report(built.id())
              .by(lead).response("booked instrument time").build());
        }
      }
    }

    private void milestone(LocalDate yearStart, int year) {
      Milestone[] milestones = {
        Milestone.ANNUAL_PROGRESS_REVIEW, Milestone.MID_TERM_REVIEW, Milestone.PRE_DEFENCE
      };
      double roll = random.nextDouble();
      ReviewOutcome outcome = roll < 0.15 ? ReviewOutcome.EXCELLENT : roll < 0.55 ? ReviewOutcome.GOOD
          : roll < 0.95 ? ReviewOutcome.PASS : ReviewOutcome.FAIL;
      events.add(MilestoneReviewed.builder().id(nextId()).date(yearStart.plusDays(270 + random.nextInt(30)))
          .student(student).milestone(milestones[year]).outcome(outcome)
          .panelSize(year == 1 ? 3 : 1 + random.nextInt(3)).build());
    }

    private void feedback(LocalDate yearStart, TutorId lead) {
      LocalDate date = yearStart.plusDays(100 + random.nextInt(60));
      FeedbackSubmitted feedback = FeedbackSubmitted.builder().id(nextId()).date(date)
          .student(student).channel(pick(FeedbackChannel.SEMINAR, FeedbackChannel.EVALUATION_PLATFORM))
          .topic(pick(FeedbackTopic.TEACHING_QUALITY, FeedbackTopic.SUPERVISION,
              FeedbackTopic.TRAINING_PROGRAMME))
          .text("more time with the practical tutor would help").build();
      events.add(feedback);
      if (random.nextDouble() < 0.8) {
        events.add(FeedbackFollowedUp.builder().id(nextId()).date(date.plusDays(3 + random.nextInt(28)))
            .student(student).feedback(feedback.id()).by(lead).action("schedule adjusted").build());
      }
    }

    private void publications(LocalDate start, TutorId lead, TutorId partner) {
      int count = random.nextInt(3);
      for (int p = 0; p < count; p++) {
        Author first = Author.of("Student " + student, student, college);
        Author leadAuthor = Author.of("Tutor " + lead, lead, college);
        Author partnerAuthor = Author.of("Tutor " + partner, partner, college);
        Author corresponding = random.nextDouble() < 0.9 ? leadAuthor : first;
        events.add(PublicationSubmitted.builder().id(nextId())
            .date(start.plusDays(400 + random.nextInt(600))).student(student)
            .title("A study of " + student + ", part " + (p + 1)).venue("Journal of Medical Research")
            .addAuthors(first, leadAuthor, partnerAuthor).addCorrespondingAuthor(corresponding)
            .build());
      }
    }

    private void occasionalEvents(LocalDate start, TutorId lead) {
      if (random.nextDouble() < 0.05) {
        LocalDate date = start.plusDays(200 + random.nextInt(500));
        HealthAdjustmentRequested request = HealthAdjustmentRequested.builder().id(nextId())
            .date(date).student(student).need(pick(HealthNeed.PHYSICAL, HealthNeed.MENTAL))
            .description("reduced laboratory hours").build();
        events.add(request);
        if (random.nextDouble() < 0.8) {
          events.add(HealthAdjustmentMade.builder().id(nextId()).date(date.plusDays(5 + random.nextInt(15)))
              .student(student).request(request.id()).by(lead).adjustment("lab hours halved").build());
        }
      }
      if (random.nextDouble() < 0.03) {
        LocalDate from = start.plusDays(300 + random.nextInt(300));
        events.add(LeaveTaken.builder().id(nextId()).date(from).student(student).kind(LeaveKind.SICK)
            .endDate(from.plusDays(30 + random.nextInt(60))).build());
      }
      if (random.nextDouble() < 0.01) {
        events.add(IncidentReported.builder().id(nextId()).date(start.plusDays(100 + random.nextInt(800)))
            .subject(student).kind(IncidentKind.NEGLIGENCE).severity(Severity.MINOR)
            .description("missed laboratory safety duty").reportedBy(lead).build());
      }
      if (random.nextDouble() < 0.05) {
        events.add(AchievementRecorded.builder().id(nextId())
            .date(start.plusDays(500 + random.nextInt(500))).subject(student)
            .kind(AchievementKind.AWARD).description("best poster award").build());
      }
    }
  }

  private String personName() {
    return FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)] + " "
        + GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
