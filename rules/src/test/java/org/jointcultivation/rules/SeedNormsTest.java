package org.jointcultivation.rules;

import static org.jointcultivation.core.testing.SampleProgramme.AGREEMENT;
import static org.jointcultivation.core.testing.SampleProgramme.COLLEAGUE;
import static org.jointcultivation.core.testing.SampleProgramme.COLLEGE;
import static org.jointcultivation.core.testing.SampleProgramme.INSTITUTE;
import static org.jointcultivation.core.testing.SampleProgramme.PRACTICAL;
import static org.jointcultivation.core.testing.SampleProgramme.START;
import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.THEORETICAL;
import static org.jointcultivation.rules.ObligationState.FULFILLED;
import static org.jointcultivation.rules.ObligationState.IN_EFFECT;
import static org.jointcultivation.rules.ObligationState.OVERDUE;
import static org.jointcultivation.rules.ObligationState.SUSPENDED;
import static org.jointcultivation.rules.ObligationState.TERMINATED;
import static org.jointcultivation.rules.ObligationState.VIOLATED;
import static org.jointcultivation.rules.Programme.cny;
import static org.jointcultivation.rules.Programme.day;
import static org.jointcultivation.rules.Programme.engine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jointcultivation.core.agreement.TerminationGround;
import org.jointcultivation.core.event.AgreementTerminated;
import org.jointcultivation.core.event.Author;
import org.jointcultivation.core.event.Decision;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.event.FundsAgreed;
import org.jointcultivation.core.event.FundsDisbursed;
import org.jointcultivation.core.event.HealthAdjustmentMade;
import org.jointcultivation.core.event.HealthAdjustmentRequested;
import org.jointcultivation.core.event.HealthNeed;
import org.jointcultivation.core.event.LeaveKind;
import org.jointcultivation.core.event.Measure;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.event.ProblemAcknowledged;
import org.jointcultivation.core.event.ProgressKind;
import org.jointcultivation.core.event.ProgressReported;
import org.jointcultivation.core.event.PublicationSubmitted;
import org.jointcultivation.core.event.TutorsCommunicated;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.testing.SampleProgramme;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.jointcultivation.rules.testing.Scenario;
import org.junit.jupiter.api.Test;

/** The norms of the seeds (DOMAIN.md), as configured standard rules. */
class SeedNormsTest {
  @Test
  void correspondingAuthor_mustBeFirstOrSecondTutor_asTheAgreementSays() {
    Author student = Author.of("Li Wei", STUDENT, COLLEGE);
    Author practical = Author.of("Chen Jun", PRACTICAL, INSTITUTE);
    Programme programme = Programme.sample()
        .add(PublicationSubmitted.builder().id(EventId.of("PUB-1")).date(day(100)).student(STUDENT)
            .title("Hypoxia").addAuthors(student, practical).addCorrespondingAuthor(practical).build())
        .add(PublicationSubmitted.builder().id(EventId.of("PUB-2")).date(day(200)).student(STUDENT)
            .title("Viability").addAuthors(student, practical).addCorrespondingAuthor(student).build());

    Scenario.given(programme.record()).under(engine(RegulationPacks.correspondingAuthor())).at(day(300))
        .expectStates("corresponding-author", STUDENT, FULFILLED, VIOLATED)
        .expectViolation("corresponding-author", STUDENT,
            "corresponding author of PUB-2 \"Viability\" is Li Wei (S-1); TEST@1 (Joint cultivation agreement, "
                + "Dual tutor system (seed 1) (2024) §3) requires a tutor in position [FIRST, SECOND] [T-THEO, T-PRAC] "
                + "(agreement clause §5)");
  }

  @Test
  void personInCharge_contactsTheSecondTutorEveryFourWeeks() {
    Programme programme = Programme.sample()
        .add(communication("C-1", day(20), PRACTICAL, THEORETICAL))
        .add(communication("C-2", day(45), PRACTICAL, THEORETICAL))
        .add(communication("C-3", day(70), THEORETICAL, PRACTICAL))
        .add(communication("C-4", day(90), PRACTICAL, THEORETICAL));

    Scenario scenario = Scenario.given(programme.record()).under(engine(RegulationPacks.tutorCommunication()))
        .at(day(100))
        .expectStates("tutor-communication", STUDENT, FULFILLED, FULFILLED, FULFILLED, IN_EFFECT)
        .expectViolation("tutor-communication", STUDENT, "next TutorsCommunicated C-4 on 2025-11-30 after 2025-10-16");
    assertTrue(scenario.instances("tutor-communication", STUDENT).get(2).explanation().countedEvents()
        .contains(EventId.of("C-4")), "the second tutor's own call (C-3) does not count for the person in charge");
  }

  @Test
  void problems_acknowledgedWithinThreeDays_lateAcknowledgementIsStillAViolation() {
    ProgressReported withProblems = report("P-1", day(30), "instrument time is short");
    Programme programme = Programme.sample()
        .add(withProblems)
        .add(ProgressReported.builder().from(report("P-2", day(60), "x")).problems(List.of()).build())
        .add(ProblemAcknowledged.builder().id(EventId.of("A-1")).date(day(35)).student(STUDENT)
            .report(withProblems.id()).by(PRACTICAL).response("booked time").build());

    Scenario scenario = Scenario.given(programme.record()).under(engine(RegulationPacks.problemsAcknowledged()))
        .at(day(90))
        .expectStates("problems-acknowledged", STUDENT, FULFILLED)
        .expectViolation("problems-acknowledged", STUDENT, "met late by A-1 on 2025-10-06");
    ObligationInstance instance = scenario.instances("problems-acknowledged", STUDENT).get(0);
    assertTrue(instance.late());
    assertEquals(List.of(IN_EFFECT, OVERDUE, FULFILLED), instance.transitions().stream().map(StateTransition::state).toList());
  }

  @Test
  void feedback_followedUpWithinFourteenDaysByThePersonInCharge() {
    Programme programme = Programme.sample();
    FeedbackSubmitted answered = programme.feedback(day(10));
    programme.followUp(answered, day(20));
    FeedbackSubmitted ignored = programme.feedback(day(40));

    Scenario.given(programme.record()).under(engine(RegulationPacks.feedbackFollowUp())).at(day(100))
        .expectStates("feedback-follow-up", STUDENT, FULFILLED, OVERDUE)
        .expectViolation("feedback-follow-up", STUDENT, "no FeedbackFollowedUp by 2025-12-10")
        .expectViolation("feedback-follow-up", STUDENT, "within P14D of FeedbackSubmitted " + ignored.id());
  }

  @Test
  void healthAdjustment_onlyConfiguredLeaveShiftsTheDeadline() {
    Programme programme = Programme.sample();
    HealthAdjustmentRequested first = request(programme, day(20));
    programme.leave(STUDENT, LeaveKind.STUDY_SUSPENDED, day(22), day(31));
    programme.add(adjustment(programme, first, day(38)));
    HealthAdjustmentRequested second = request(programme, day(100));
    programme.leave(STUDENT, LeaveKind.SICK, day(102), day(111));
    programme.add(adjustment(programme, second, day(115)));

    Scenario scenario = Scenario.given(programme.record()).under(engine(RegulationPacks.healthAdjustment()))
        .at(day(150))
        .expectStates("health-adjustment", STUDENT, FULFILLED, FULFILLED);
    List<ObligationInstance> instances = scenario.instances("health-adjustment", STUDENT);
    assertEquals(day(40), instances.get(0).dueDate().orElseThrow(), "10 days of suspension shift the deadline");
    assertTrue(instances.get(0).transitions().stream().anyMatch(t -> t.state() == SUSPENDED));
    assertFalse(instances.get(0).late());
    assertEquals(day(110), instances.get(1).dueDate().orElseThrow(), "sick leave is not configured to shift it");
    assertTrue(instances.get(1).late());
    assertEquals(1, scenario.assessment().violationsOf(STUDENT).size());
  }

  @Test
  void firstMeeting_withinFourteenDays_shiftedByLeave() {
    Programme programme = Programme.sample().leave(STUDENT, LeaveKind.SICK, day(2), day(11)).meeting(day(20));

    Scenario scenario = Scenario.given(programme.record()).under(engine(RegulationPacks.firstMeeting())).at(day(60))
        .expectStates("first-meeting", STUDENT, FULFILLED)
        .expectStates("first-meeting", SampleProgramme.OTHER_STUDENT, OVERDUE);
    assertEquals(day(24), scenario.instances("first-meeting", STUDENT).get(0).dueDate().orElseThrow());
  }

  @Test
  void researchFunds_agreedByMutualAgreement_thenNeverOverspent() {
    LocalDate agreementStart = SampleProgramme.AGREEMENT_START;
    Programme programme = Programme.sample()
        .add(FundsAgreed.builder().id(EventId.of("FA-1")).date(agreementStart.plusMonths(2)).agreement(AGREEMENT)
            .clause("§4").funder(INSTITUTE).amount(cny("50000")).build())
        .add(disbursed("FD-1", agreementStart.plusMonths(4), "30000"))
        .add(disbursed("FD-2", agreementStart.plusMonths(9), "30000"));

    Scenario.given(programme.record()).under(engine(RegulationPacks.funds())).at(agreementStart.plusMonths(10))
        .expectStates("research-funds", AGREEMENT, FULFILLED, VIOLATED)
        .expectViolation("research-funds", AGREEMENT, "60000 CNY disbursed");
  }

  @Test
  void suspendedAdmission_noNewStudents() {
    StudentId newcomer = StudentId.of("S-NEW");
    Programme programme = Programme.sample()
        .add(MeasureProposed.builder().id(EventId.of("MP-1")).date(START.minusMonths(3)).subject(COLLEAGUE)
            .measure(Measure.sanction("SUSPENDED_ADMISSION")).reason("neglected supervision").build())
        .add(MeasureDecided.builder().id(EventId.of("MD-1")).date(START.minusMonths(2)).proposal(EventId.of("MP-1"))
            .subject(COLLEAGUE).decision(Decision.APPROVED).decidedBy(THEORETICAL).reasons("upheld").build());
    programme.builder().addStudent(SampleProgramme.student(newcomer))
        .addAssignment(SampleProgramme.assignment(newcomer).firstTutor(COLLEAGUE).build());

    Scenario.given(programme.record()).under(engine(RegulationPacks.noNewStudents())).at(day(30))
        .expectStates("no-new-students", COLLEAGUE, VIOLATED)
        .expectViolation("no-new-students", COLLEAGUE, "took on S-NEW on 2025-09-01 while SUSPENDED_ADMISSION (decided 2025-07-01) was in force")
        .expectStates("no-new-students", THEORETICAL);
  }

  @Test
  void progressDebriefings_monthly_consecutiveMissesAreAViolationOfTheirOwn() {
    Norm monthly = Norm.builder().from(RegulationPacks.progressDebriefings())
        .putParameter("maxConsecutiveMisses", "1").build();
    Programme programme = Programme.sample().meeting(day(5)).meeting(day(35));

    Scenario.given(programme.record()).under(engine(monthly)).at(LocalDate.of(2026, 1, 10))
        .expectStates("progress-debriefings", STUDENT, FULFILLED, FULFILLED, VIOLATED, VIOLATED, VIOLATED, IN_EFFECT)
        .expectViolation("progress-debriefings", STUDENT, "2 consecutive periods short up to 2025-12-01");
  }

  @Test
  void termination_endsOpenDutiesWithoutAViolation() {
    Programme programme = Programme.sample();
    programme.feedback(day(30));
    programme.add(AgreementTerminated.builder().id(EventId.of("T-1")).date(day(40)).agreement(AGREEMENT)
        .student(STUDENT).ground(TerminationGround.MUTUAL_CONSENT).explanation("moved abroad").build());

    Scenario.given(programme.record()).under(engine(RegulationPacks.feedbackFollowUp())).at(day(100))
        .expectStates("feedback-follow-up", STUDENT, TERMINATED)
        .expectNoViolation("feedback-follow-up", STUDENT);
  }

  private static TutorsCommunicated communication(String id, LocalDate date, TutorId from, TutorId to) {
    return TutorsCommunicated.builder().id(EventId.of(id)).date(date).student(STUDENT).initiator(from)
        .recipient(to).topic("progress").build();
  }

  private static ProgressReported report(String id, LocalDate date, String problem) {
    return ProgressReported.builder().id(EventId.of(id)).date(date).student(STUDENT).kind(ProgressKind.EXPERIMENTAL)
        .summary("progress").addProblem(problem).build();
  }

  private static HealthAdjustmentRequested request(Programme programme, LocalDate date) {
    HealthAdjustmentRequested request = HealthAdjustmentRequested.builder().id(EventId.of(programme.nextId()))
        .date(date).student(STUDENT).need(HealthNeed.MENTAL).description("fewer night shifts").build();
    programme.add(request);
    return request;
  }

  private static HealthAdjustmentMade adjustment(Programme programme, HealthAdjustmentRequested request, LocalDate date) {
    return HealthAdjustmentMade.builder().id(EventId.of(programme.nextId())).date(date).student(STUDENT)
        .request(request.id()).by(PRACTICAL).adjustment("day shifts only").build();
  }

  private static FundsDisbursed disbursed(String id, LocalDate date, String amount) {
    return FundsDisbursed.builder().id(EventId.of(id)).date(date).agreement(AGREEMENT).funder(INSTITUTE)
        .amount(cny(amount)).build();
  }
}
