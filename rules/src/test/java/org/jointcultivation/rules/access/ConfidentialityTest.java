package org.jointcultivation.rules.access;

import static org.jointcultivation.core.testing.SampleProgramme.COLLEAGUE;
import static org.jointcultivation.core.testing.SampleProgramme.INSTITUTE;
import static org.jointcultivation.core.testing.SampleProgramme.OTHER_STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.OUTSIDER;
import static org.jointcultivation.core.testing.SampleProgramme.PRACTICAL;
import static org.jointcultivation.core.testing.SampleProgramme.START;
import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.THEORETICAL;
import static org.jointcultivation.rules.access.RightsFixture.DAY;
import static org.jointcultivation.rules.access.RightsFixture.ENTERPRISE_OFFICE;
import static org.jointcultivation.rules.access.RightsFixture.FEEDBACK;
import static org.jointcultivation.rules.access.RightsFixture.HEALTH_REQUEST;
import static org.jointcultivation.rules.access.RightsFixture.MEETING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.FeedbackChannel;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.event.FeedbackTopic;
import org.jointcultivation.core.event.HealthAdjustmentRequested;
import org.jointcultivation.core.event.HealthNeed;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.DueProcessStep;
import org.jointcultivation.core.norm.LadderStep;
import org.jointcultivation.core.norm.MeasureSubject;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.SanctionPolicy;
import org.jointcultivation.core.party.Administrator;
import org.jointcultivation.core.party.AdministratorId;
import org.jointcultivation.core.party.AdministratorRole;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.SampleProgramme;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.Proposal;
import org.jointcultivation.rules.RuleEngine;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;

/** Confidentiality that follows the data into derived outputs and the time into relationships. */
class ConfidentialityTest {
  /** The disciplinary body of the host institute, PRACTICAL's home: it decides on PRACTICAL's measures. */
  private static final AdministratorId HOST_DISCIPLINE = AdministratorId.of("A-HOST-DISC");

  private static CultivationRecord recordWithHostDiscipline() {
    return RightsFixture.builder().addAdministrator(Administrator.builder().id(HOST_DISCIPLINE).name("Host discipline")
        .institution(INSTITUTE).addRole(AdministratorRole.DISCIPLINARY_BODY).build()).build();
  }

  /** Feedback and health requests never followed up, borne by the person in charge, and a tutors' ladder. */
  private static Assessment assessWithTutorLadder(CultivationRecord record) {
    SanctionPolicy tutorLadder = SanctionPolicy.builder().id("tutor-discipline").title("Tutor measures")
        .source(RegulationPacks.source("Ministry", AuthorityLevel.NATIONAL, "Tutor code", "§9"))
        .subject(MeasureSubject.TUTOR)
        .addLadder(LadderStep.builder().code("WARNING").label("warning").addDueProcess(DueProcessStep.NOTICE).build())
        .violationsPerStep(2).window(Period.ofYears(1)).build();
    PolicyPack pack = PolicyPack.builder().id("NAT").version("1").title("national").layer(AuthorityLevel.NATIONAL)
        .addNorms(RegulationPacks.feedbackFollowUp(), RegulationPacks.healthAdjustment())
        .addSanctionPolicy(tutorLadder).build();
    return RuleEngine.builder().addPack(pack).build().evaluate(record, DAY);
  }

  private static String json(AssessmentView view) {
    return CultivationJson.toJson(view.obligations()) + CultivationJson.toJson(view.violations())
        + CultivationJson.toJson(view.proposals());
  }

  @Test
  void proposal_quotingFeedbackATutorMayNotSee_isRedactedForThatTutor() {
    CultivationRecord record = recordWithHostDiscipline();
    Assessment assessment = assessWithTutorLadder(record);
    Proposal full = assessment.proposals().stream().filter(p -> p.subject().equals(org.jointcultivation.rules.Subject.of(PRACTICAL))).findFirst()
        .orElseThrow(() -> new AssertionError("the scenario proposes a measure for the person in charge"));
    assertTrue(full.reasons().stream().anyMatch(r -> Disclosure.names(r, FEEDBACK.value())), full.reasons().toString());

    AssessmentView view = AccessControl.standard().filter(record, assessment, PRACTICAL);

    Proposal seen = view.proposals().stream().filter(p -> p.subject().equals(org.jointcultivation.rules.Subject.of(PRACTICAL))).findFirst()
        .orElseThrow(() -> new AssertionError("the tutor still learns a measure is proposed about them"));
    assertEquals(full.code(), seen.code());
    assertEquals(List.of(Disclosure.WITHHELD), seen.reasons());
    String text = json(view);
    assertFalse(Disclosure.names(text, FEEDBACK.value()), text);
    assertFalse(text.contains(START.plusDays(20).toString()), "the feedback's date: " + text);
    assertFalse(text.contains("more lab time"), text);
  }

  @Test
  void proposal_quotingAHealthRequest_isRedactedForADisciplinaryBodyDeniedHealth() {
    CultivationRecord record = recordWithHostDiscipline();
    Assessment assessment = assessWithTutorLadder(record);

    AssessmentView view = AccessControl.standard().filter(record, assessment, HOST_DISCIPLINE);

    assertEquals(1, view.proposals().size(), "the deciding body sees the proposal it must decide");
    String text = json(view);
    assertFalse(Disclosure.names(text, HEALTH_REQUEST.value()), text);
    assertFalse(Disclosure.names(text, FEEDBACK.value()), text);
    assertFalse(text.contains(START.plusDays(30).toString()), "the health request's date: " + text);
    assertTrue(view.proposals().get(0).violations().isEmpty(), "no violation it may not see is listed");
  }

  @Test
  void proposals_areShownExactlyToWhoMayViewMeasures_whateverTheyMaySeeOfTheRecord() {
    // A tutor duty (training) beside the ladder, so that the view also asks who may see the tutor's
    // record: a reader's answer for one action must not stand in for another (found building the
    // reference portal, where the programme office saw proposals and the disciplinary body none).
    CultivationRecord record = recordWithHostDiscipline();
    SanctionPolicy tutorLadder = SanctionPolicy.builder().id("tutor-discipline").title("Tutor measures")
        .source(RegulationPacks.source("Ministry", AuthorityLevel.NATIONAL, "Tutor code", "§9"))
        .subject(MeasureSubject.TUTOR)
        .addLadder(LadderStep.builder().code("WARNING").label("warning").addDueProcess(DueProcessStep.NOTICE).build())
        .violationsPerStep(2).window(Period.ofYears(1)).build();
    PolicyPack pack = PolicyPack.builder().id("NAT").version("1").title("national").layer(AuthorityLevel.NATIONAL)
        .addNorms(RegulationPacks.feedbackFollowUp(), RegulationPacks.healthAdjustment(),
            RegulationPacks.trainingPerSemester())
        .addSanctionPolicy(tutorLadder).build();
    Assessment assessment = RuleEngine.builder().addPack(pack).build().evaluate(record, DAY);
    assertFalse(assessment.proposals().isEmpty(), "the scenario proposes a measure");
    assertTrue(assessment.obligations().stream().anyMatch(o -> o.tutor().isPresent()), "and has tutor duties");

    for (org.jointcultivation.core.party.PersonId reader : List.of(STUDENT, PRACTICAL, THEORETICAL,
        RightsFixture.OFFICE, RightsFixture.DISCIPLINE, HOST_DISCIPLINE, RightsFixture.HEALTH, ENTERPRISE_OFFICE)) {
      AssessmentView view = AccessControl.standard().filter(record, assessment, reader);
      List<org.jointcultivation.rules.Subject> expected = assessment.proposals().stream()
          .map(Proposal::subject)
          .filter(subject -> AccessControl.standard().decide(record, DAY, reader, Action.VIEW_MEASURES,
              Resource.tutor((org.jointcultivation.core.party.TutorId) subject.id())).allowed())
          .toList();
      assertEquals(expected, view.proposals().stream().map(Proposal::subject).toList(), "seen by " + reader);
    }
  }

  @Test
  void filter_givenARecordThatDoesNotHoldTheCountedEvents_failsClosed() {
    CultivationRecord evaluated = recordWithHostDiscipline();
    Assessment assessment = assessWithTutorLadder(evaluated);
    assertFalse(AccessControl.standard().filter(evaluated, assessment, STUDENT).obligations().isEmpty());
    CultivationRecord other = SampleProgramme.record();

    AssessmentView view = AccessControl.standard().filter(other, assessment, STUDENT);

    assertTrue(view.obligations().isEmpty(), view.obligations().toString());
    assertTrue(view.violations().isEmpty());
  }

  @Test
  void tutorRemovedFromTheTeam_seesNoLaterEvent_whateverDayIsAsked() {
    LocalDate removal = START.plusDays(60);
    EventId later = EventId.of("M-LATE");
    EventId laterHealth = EventId.of("H-LATE");
    CultivationRecord record = RightsFixture.withoutTeamOfS1()
        .addAssignment(SampleProgramme.assignment(STUDENT).endDate(removal).build())
        .addAssignment(SampleProgramme.assignment(STUDENT).secondTutor(COLLEAGUE).startDate(removal.plusDays(1)).build())
        .addEvent(SampleProgramme.meeting(later.value(), START.plusDays(90)).attendees(List.of(STUDENT, THEORETICAL, COLLEAGUE))
            .confirmedBy(List.of(STUDENT, COLLEAGUE)).build())
        .addEvent(HealthAdjustmentRequested.builder().id(laterHealth).date(START.plusDays(95)).student(STUDENT)
            .need(HealthNeed.PHYSICAL).description("no lifting").build())
        .build();
    AccessControl access = AccessControl.standard();
    for (LocalDate asked : List.of(START.plusDays(30), START.plusDays(120))) {
      assertFalse(access.decide(record, asked, PRACTICAL, Action.VIEW_MEETING_RECORD, Resource.event(later)).allowed(),
          "asked as of " + asked);
      assertFalse(access.decide(record, asked, PRACTICAL, Action.VIEW_HEALTH_ADJUSTMENTS, Resource.event(laterHealth))
          .allowed(), "asked as of " + asked);
      assertTrue(access.filter(record, asked, PRACTICAL).events().stream().noneMatch(e -> e.id().equals(later)
          || e.id().equals(laterHealth)), "asked as of " + asked);
    }
    assertTrue(access.decide(record, START.plusDays(120), PRACTICAL, Action.VIEW_MEETING_RECORD, Resource.event(MEETING))
        .allowed(), "the events of the period the tutor was in the team stay visible");
    assertTrue(access.decide(record, START.plusDays(120), COLLEAGUE, Action.VIEW_MEETING_RECORD, Resource.event(later))
        .allowed());
  }

  @Test
  void enterprise_seesAPlacedStudentsEventsOnlyWhileThePlacementLasts() {
    EventId during = EventId.of("M-DURING");
    EventId after = EventId.of("M-AFTER");
    CultivationRecord record = RightsFixture.builder()
        .addEvent(SampleProgramme.meeting(during.value(), START.plusMonths(3)).build())
        .addEvent(SampleProgramme.meeting(after.value(), START.plusMonths(9)).build())
        .build();
    AccessControl access = AccessControl.standard();
    for (LocalDate asked : List.of(START.plusMonths(4), START.plusMonths(10), START.plusYears(2))) {
      List<EventId> seen = access.filter(record, asked, ENTERPRISE_OFFICE).events().stream()
          .map(CultivationEvent::id).toList();
      assertEquals(List.of(MEETING, during), seen, "asked as of " + asked);
    }
    assertFalse(access.decide(record, START.plusMonths(10), ENTERPRISE_OFFICE, Action.VIEW_PLACEMENT,
        Resource.student(STUDENT)).allowed(), "the placement ended");
  }

  @Test
  void feedbackAggregate_countsOnlyFeedbackAboutThatTutor() {
    // Two trainees answered, but one of them about another tutor: one answer about PRACTICAL.
    CultivationRecord record = RightsFixture.withoutEvents()
        .addEvent(FeedbackSubmitted.builder().id(EventId.of("F-A")).date(START.plusDays(20)).student(STUDENT)
            .channel(FeedbackChannel.SEMINAR).topic(FeedbackTopic.SUPERVISION).about(OUTSIDER).text("t").build())
        .addEvent(FeedbackSubmitted.builder().id(EventId.of("F-B")).date(START.plusDays(20)).student(OTHER_STUDENT)
            .channel(FeedbackChannel.SEMINAR).topic(FeedbackTopic.SUPERVISION).text("t").build())
        .addEvent(FeedbackSubmitted.builder().id(EventId.of("F-C")).date(START.plusDays(21)).student(STUDENT)
            .channel(FeedbackChannel.SEMINAR).topic(FeedbackTopic.TEACHING_QUALITY).text("t").build())
        .build();
    AccessControl twoNeeded = AccessControl.standard(RightsPack.builder().from(RightsPack.defaults())
        .feedbackAggregateMinimum(2).build());

    assertFalse(twoNeeded.decide(record, DAY, PRACTICAL, Action.VIEW_FEEDBACK_AGGREGATE, Resource.tutor(PRACTICAL))
        .allowed());
  }

  @Test
  void denial_readsTheSame_whetherTheEventIsMissingHealthFeedbackOrAnotherStudents() {
    CultivationRecord record = RightsFixture.record();
    AccessControl access = AccessControl.standard();
    Map<EventId, String> denials = new java.util.LinkedHashMap<>();
    for (EventId id : List.of(EventId.of("NOPE"), HEALTH_REQUEST, FEEDBACK, RightsFixture.OTHER_FEEDBACK)) {
      AccessDecision decision = access.decide(record, DAY, COLLEAGUE, Action.VIEW_HEALTH_ADJUSTMENTS, Resource.event(id));
      assertFalse(decision.allowed());
      denials.put(id, decision.explanation().replace(id.toString(), "<event>"));
    }
    assertEquals(1, denials.values().stream().distinct().count(), denials.toString());
  }

  @Test
  void policyThatThrowsAnError_denies() {
    AccessPolicy permitAll = RightsFixture.policy("permit-all", () -> Optional.of(Verdict.permit("permit-all", "everyone")));
    AccessPolicy overflowing = RightsFixture.policy("overflowing", () -> {
      throw new StackOverflowError();
    });

    AccessDecision decision = AccessControl.of(List.of(permitAll, overflowing))
        .decide(RightsFixture.record(), DAY, STUDENT, Action.VIEW_STUDENT_RECORD, Resource.student(STUDENT));

    assertFalse(decision.allowed(), decision.auditExplanation());
    assertTrue(decision.auditExplanation().contains("StackOverflowError"), decision.auditExplanation());
  }
}
