package org.jointcultivation.rules;

import static org.jointcultivation.core.testing.SampleProgramme.COLLEAGUE;
import static org.jointcultivation.core.testing.SampleProgramme.INSTITUTE;
import static org.jointcultivation.core.testing.SampleProgramme.PRACTICAL;
import static org.jointcultivation.core.testing.SampleProgramme.START;
import static org.jointcultivation.core.testing.SampleProgramme.THEORETICAL;
import static org.jointcultivation.rules.ObligationState.FULFILLED;
import static org.jointcultivation.rules.ObligationState.IN_EFFECT;
import static org.jointcultivation.rules.ObligationState.OVERDUE;
import static org.jointcultivation.rules.ObligationState.VIOLATED;
import static org.jointcultivation.rules.Programme.day;
import static org.jointcultivation.rules.Programme.engine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jointcultivation.core.agreement.Placement;
import org.jointcultivation.core.agreement.PlacementKind;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.MeetingKind;
import org.jointcultivation.core.event.Milestone;
import org.jointcultivation.core.event.MilestoneReviewed;
import org.jointcultivation.core.event.ReviewOutcome;
import org.jointcultivation.core.event.TrainingKind;
import org.jointcultivation.core.party.DegreeType;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.StudyLevel;
import org.jointcultivation.core.party.StudyMode;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.SampleProgramme;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.jointcultivation.rules.testing.Scenario;
import org.junit.jupiter.api.Test;

/** The regulations of REAL-WORLD-RULES.md, each configured from the standard templates. */
class RealWorldRegulationsTest {
  private static final StudentId FULL = StudentId.of("S-FT");
  private static final StudentId PART = StudentId.of("S-PT");

  private static Student student(StudentId id, StudyLevel level, DegreeType type, StudyMode mode, boolean fresh) {
    return Student.builder().id(id).name("Student " + id).level(level).degreeType(type).studyMode(mode)
        .startDate(START).freshGraduate(fresh).build();
  }

  private static Student master(StudentId id) {
    return student(id, StudyLevel.MASTER, DegreeType.ACADEMIC, StudyMode.FULL_TIME, false);
  }

  private static LocalDate[] days(int first, int step, int count) {
    LocalDate[] days = new LocalDate[count];
    for (int i = 0; i < count; i++) {
      days[i] = day(first + step * i);
    }
    return days;
  }

  @Test
  void solent_nineMeetingsFullTime_sevenPartTime() {
    Programme programme = Programme.with(master(FULL),
        student(PART, StudyLevel.MASTER, DegreeType.ACADEMIC, StudyMode.PART_TIME, false));
    programme.meetings(FULL, days(10, 35, 9)).meetings(FULL, days(375, 40, 7));
    programme.meetings(PART, days(10, 45, 7)).meetings(PART, days(375, 45, 7));
    RuleEngine engine = engine(RegulationPacks.solentFullTime(), RegulationPacks.solentPartTime());

    Scenario.given(programme.record()).under(engine).at(LocalDate.of(2027, 9, 1))
        .expectStates("meetings-full-time", FULL, FULFILLED, VIOLATED, IN_EFFECT)
        .expectViolation("meetings-full-time", FULL, "7 SupervisionMeetingHeld with [S-FT] in academic year 2026-09-01..2027-08-31")
        .expectViolation("meetings-full-time", FULL, "(Solent University, Research Degrees Code of Practice (2024) §5.3) requires ≥ 9")
        .expectStates("meetings-part-time", PART, FULFILLED, FULFILLED, IN_EFFECT)
        .expectStates("meetings-full-time", PART)
        .expectStates("meetings-part-time", FULL);
  }

  @Test
  void portsmouth_fortnightlyForThreeMonthsThenEverySixWeeks() {
    Programme programme = Programme.sample();
    for (int offset : new int[] {10, 24, 38, 52, 66, 80, 94, 136, 190}) {
      programme.meeting(day(offset));
    }

    Scenario scenario = Scenario.given(programme.record()).under(engine(RegulationPacks.portsmouthCadence()))
        .at(day(200))
        .expectStates("meeting-cadence", SampleProgramme.STUDENT,
            FULFILLED, FULFILLED, FULFILLED, FULFILLED, FULFILLED, FULFILLED, FULFILLED, FULFILLED, FULFILLED, IN_EFFECT)
        .expectViolation("meeting-cadence", SampleProgramme.STUDENT, "requires one within P42D of 2026-01-15 (due 2026-02-26)");
    List<ObligationInstance> gaps = scenario.instances("meeting-cadence", SampleProgramme.STUDENT);
    assertTrue(gaps.get(6).explanation().required().orElseThrow().contains("P14D"), "still fortnightly before 2025-12-01");
    assertTrue(gaps.get(7).explanation().required().orElseThrow().contains("P42D"), "six-weekly after three months");
    assertTrue(gaps.get(8).late(), "the late meeting fulfils the gap, late");
    assertEquals(1, scenario.assessment().violationsOf(SampleProgramme.STUDENT).size());
  }

  @Test
  void portsmouth_fullTeamOncePerTerm_countsOnlyMeetingsOfTheWholeTeam() {
    Programme programme = Programme.sample();
    StudentId s = SampleProgramme.STUDENT;
    List<PersonId> pair = List.of(s, THEORETICAL);
    List<PersonId> team = List.of(s, THEORETICAL, PRACTICAL);
    programme.meeting(s, day(20), MeetingKind.SUPERVISION, pair, List.of(s))
        .meeting(s, day(60), MeetingKind.FULL_TEAM, team, List.of(s))
        .meeting(s, LocalDate.of(2026, 2, 1), MeetingKind.SUPERVISION, pair, List.of(s));

    Scenario.given(programme.record()).under(engine(RegulationPacks.portsmouthFullTeam()))
        .at(LocalDate.of(2026, 4, 25))
        .expectStates("full-team-per-term", s, FULFILLED, VIOLATED, IN_EFFECT)
        .expectViolation("full-team-per-term", s, "0 SupervisionMeetingHeld attended by all of [T-THEO, T-PRAC] in term 2026-01-08..2026-04-19");
  }

  @Test
  void newcastle_onlyConfirmedRecordsCount() {
    Programme programme = Programme.sample();
    StudentId s = SampleProgramme.STUDENT;
    List<PersonId> team = List.of(s, THEORETICAL, PRACTICAL);
    for (int i = 0; i < 9; i++) {
      List<PersonId> confirmers = i < 7 ? List.of(s, PRACTICAL) : List.of(s);
      programme.meeting(s, day(10 + 35 * i), MeetingKind.SUPERVISION, team, confirmers);
    }

    Scenario.given(programme.record()).under(engine(RegulationPacks.newcastleConfirmed()))
        .at(LocalDate.of(2026, 9, 1))
        .expectStates("confirmed-meetings", s, VIOLATED, IN_EFFECT)
        .expectViolation("confirmed-meetings", s, "7 SupervisionMeetingHeld (confirmed)");
  }

  @Test
  void newcastle_firstReviewAfterNineMonthsThenEveryTwelve() {
    Programme programme = Programme.sample();
    programme.add(review("R-1", LocalDate.of(2026, 5, 20))).add(review("R-2", LocalDate.of(2027, 7, 1)));

    Scenario scenario = Scenario.given(programme.record()).under(engine(RegulationPacks.newcastleReviews()))
        .at(LocalDate.of(2027, 9, 1))
        .expectStates("annual-review", SampleProgramme.STUDENT, FULFILLED, FULFILLED, IN_EFFECT)
        .expectViolation("annual-review", SampleProgramme.STUDENT, "(due 2027-05-20)");
    assertTrue(scenario.instances("annual-review", SampleProgramme.STUDENT).get(1).late());
  }

  @Test
  void china_midTermReviewForMastersByTheThirdSemester() {
    StudentId doctoral = StudentId.of("S-PHD");
    Programme programme = Programme.with(master(FULL),
        student(doctoral, StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.FULL_TIME, false));

    Scenario.given(programme.record()).under(engine(RegulationPacks.midTermReview()))
        .at(LocalDate.of(2027, 4, 1))
        .expectStates("mid-term-review", FULL, OVERDUE)
        .expectViolation("mid-term-review", FULL, "no MID_TERM_REVIEW MilestoneReviewed by 2027-04-01")
        .expectStates("mid-term-review", doctoral);
  }

  @Test
  void cambridge_atMostEightActiveCandidatesAsPrincipal() {
    List<Student> students = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      students.add(master(StudentId.of("S-" + i)));
    }
    CultivationRecord record = Programme.with(students.toArray(Student[]::new)).record();

    Scenario.given(record).under(engine(RegulationPacks.loadCap())).at(day(30))
        .expectStates("load-cap", THEORETICAL, VIOLATED)
        .expectViolation("load-cap", THEORETICAL, "a peak of 9 active students as FIRST tutor")
        .expectStates("load-cap", PRACTICAL);
  }

  @Test
  void newSupervisors_elevenHoursWithinAYear_lateCompletionStaysOnRecord() {
    Programme programme = Programme.sample()
        .training(THEORETICAL, TrainingKind.DEVELOPMENT_PROGRAMME, day(30), 4)
        .training(THEORETICAL, TrainingKind.WORKSHOP, day(180), 4)
        .training(THEORETICAL, TrainingKind.DEVELOPMENT_PROGRAMME, day(395), 4);

    Scenario scenario = Scenario.given(programme.record()).under(engine(RegulationPacks.newSupervisorHours()))
        .at(day(450))
        .expectStates("new-supervisor-development", THEORETICAL, FULFILLED)
        .expectViolation("new-supervisor-development", THEORETICAL, "12 hours of training since 2025-09-01")
        .expectStates("new-supervisor-development", PRACTICAL, OVERDUE)
        .expectStates("new-supervisor-development", COLLEAGUE);
    assertTrue(scenario.instances("new-supervisor-development", THEORETICAL).get(0).late());
  }

  @Test
  void china_trainBeforeYouSupervise() {
    Programme programme = Programme.sample()
        .training(THEORETICAL, TrainingKind.PRE_SERVICE, START.minusMonths(3), 16)
        .training(PRACTICAL, TrainingKind.IN_POST, START.minusMonths(3), 4);

    Scenario.given(programme.record()).under(engine(RegulationPacks.trainBeforeSupervising())).at(day(10))
        .expectStates("train-before-supervising", THEORETICAL, FULFILLED)
        .expectStates("train-before-supervising", PRACTICAL, VIOLATED)
        .expectViolation("train-before-supervising", PRACTICAL, "no [PRE_SERVICE] training before the first student on 2025-09-01");
  }

  @Test
  void china_inPostTrainingEverySemester() {
    Programme programme = Programme.sample().training(THEORETICAL, TrainingKind.IN_POST, day(30), 4);

    Scenario.given(programme.record()).under(engine(RegulationPacks.trainingPerSemester()))
        .at(LocalDate.of(2026, 9, 10))
        .expectStates("training-per-semester", THEORETICAL, FULFILLED, VIOLATED, IN_EFFECT)
        .expectViolation("training-per-semester", THEORETICAL, "0 TrainingCompleted with [T-THEO] in term 2026-02-15..2026-08-31");
  }

  @Test
  void moe2009_practiceSixMonthsTwelveForFreshGraduates() {
    StudentId fresh = StudentId.of("S-FRESH");
    StudentId experienced = StudentId.of("S-EXP");
    StudentId academic = StudentId.of("S-ACAD");
    Programme programme = Programme.with(
        student(fresh, StudyLevel.MASTER, DegreeType.PROFESSIONAL, StudyMode.FULL_TIME, true),
        student(experienced, StudyLevel.MASTER, DegreeType.PROFESSIONAL, StudyMode.FULL_TIME, false),
        master(academic));
    for (StudentId id : List.of(fresh, experienced, academic)) {
      programme.builder().addPlacement(Placement.builder().student(id).agreement(SampleProgramme.AGREEMENT)
          .host(INSTITUTE).kind(PlacementKind.CLINICAL).startDate(LocalDate.of(2025, 10, 1))
          .endDate(LocalDate.of(2026, 4, 30)).build());
    }

    Scenario.given(programme.record()).under(engine(RegulationPacks.professionalPractice()))
        .at(LocalDate.of(2027, 10, 1))
        .expectStates("professional-practice", fresh, OVERDUE)
        .expectViolation("professional-practice", fresh, "212 days in placement (fresh graduate)")
        .expectStates("professional-practice", experienced, FULFILLED)
        .expectStates("professional-practice", academic);
  }

  @Test
  void engineeringDoctorate_seventyFivePercentInTheCompany() {
    StudentId short_ = StudentId.of("S-SHORT");
    StudentId long_ = StudentId.of("S-LONG");
    Programme programme = Programme.with(master(short_), master(long_));
    programme.builder()
        .addPlacement(Placement.builder().student(short_).agreement(SampleProgramme.AGREEMENT).host(INSTITUTE)
            .kind(PlacementKind.ENTERPRISE_PRACTICE).startDate(START).endDate(LocalDate.of(2028, 6, 30)).build())
        .addPlacement(Placement.builder().student(long_).agreement(SampleProgramme.AGREEMENT).host(INSTITUTE)
            .kind(PlacementKind.ENTERPRISE_PRACTICE).startDate(START).endDate(LocalDate.of(2029, 3, 31)).build());

    Scenario.given(programme.record()).under(engine(RegulationPacks.engineeringDoctorateShare()))
        .at(LocalDate.of(2029, 9, 2))
        .expectStates("engd-time-in-company", short_, VIOLATED)
        .expectViolation("engd-time-in-company", short_, "requires ≥ 75% of 2025-09-01..2029-08-31")
        .expectStates("engd-time-in-company", long_, FULFILLED);
  }

  private static MilestoneReviewed review(String id, LocalDate date) {
    return MilestoneReviewed.builder().id(EventId.of(id)).date(date).student(SampleProgramme.STUDENT)
        .milestone(Milestone.ANNUAL_PROGRESS_REVIEW).outcome(ReviewOutcome.PASS).build();
  }
}
