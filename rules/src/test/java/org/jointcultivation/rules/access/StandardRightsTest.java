package org.jointcultivation.rules.access;

import static org.jointcultivation.core.testing.SampleProgramme.AGREEMENT;
import static org.jointcultivation.core.testing.SampleProgramme.COLLEAGUE;
import static org.jointcultivation.core.testing.SampleProgramme.OTHER_STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.OUTSIDER;
import static org.jointcultivation.core.testing.SampleProgramme.PRACTICAL;
import static org.jointcultivation.core.testing.SampleProgramme.START;
import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.THEORETICAL;
import static org.jointcultivation.rules.access.RightsFixture.ARCHIVE;
import static org.jointcultivation.rules.access.RightsFixture.DAY;
import static org.jointcultivation.rules.access.RightsFixture.DISCIPLINE;
import static org.jointcultivation.rules.access.RightsFixture.ENTERPRISE_OFFICE;
import static org.jointcultivation.rules.access.RightsFixture.FEEDBACK;
import static org.jointcultivation.rules.access.RightsFixture.HEALTH;
import static org.jointcultivation.rules.access.RightsFixture.HEALTH_REQUEST;
import static org.jointcultivation.rules.access.RightsFixture.HOST_HEALTH;
import static org.jointcultivation.rules.access.RightsFixture.INCIDENT;
import static org.jointcultivation.rules.access.RightsFixture.MEETING;
import static org.jointcultivation.rules.access.RightsFixture.MINISTRY;
import static org.jointcultivation.rules.access.RightsFixture.OFFICE;
import static org.jointcultivation.rules.access.RightsFixture.TRAINING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jointcultivation.core.agreement.TerminationGround;
import org.jointcultivation.core.event.AgreementTerminated;
import org.jointcultivation.core.event.Decision;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.Measure;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.record.CultivationRecord;
import org.junit.jupiter.api.Test;

/** One scenario per rule of the standard rights pack. */
class StandardRightsTest {
  private static final CultivationRecord RECORD = RightsFixture.record();
  private static final AccessControl ACCESS = AccessControl.standard();

  private static AccessDecision decide(PersonId who, Action action, Resource resource) {
    return ACCESS.decide(RECORD, DAY, who, action, resource);
  }

  private static void assertForbiddenBy(String policy, AccessDecision decision) {
    assertFalse(decision.allowed(), decision.explanation());
    assertTrue(decision.determining().stream().anyMatch(v -> v.policyId().equals(policy)), decision.explanation());
  }

  @Test
  void tutor_seesAStudentOnlyWhileAssigned() {
    AccessDecision assigned = decide(THEORETICAL, Action.VIEW_STUDENT_RECORD, Resource.student(STUDENT));
    assertTrue(assigned.allowed());
    assertEquals("assigned-tutor", assigned.determining().get(0).policyId());
    AccessDecision before = ACCESS.decide(RECORD, START.minusDays(1), THEORETICAL, Action.VIEW_STUDENT_RECORD,
        Resource.student(STUDENT));
    assertFalse(before.allowed());
    assertTrue(before.auditExplanation().contains("default deny"), before.auditExplanation());
    assertFalse(decide(COLLEAGUE, Action.VIEW_STUDENT_RECORD, Resource.student(STUDENT)).allowed());
    assertTrue(decide(THEORETICAL, Action.VIEW_MEETING_RECORD, Resource.event(MEETING)).allowed());
    assertTrue(decide(THEORETICAL, Action.CONFIRM_MEETING, Resource.event(MEETING)).allowed());
  }

  @Test
  void feedback_isAnonymousToTutors_aggregatesOnlyWhenEnoughAnswered() {
    assertForbiddenBy("feedback-anonymous-to-tutors", decide(PRACTICAL, Action.VIEW_FEEDBACK, Resource.event(FEEDBACK)));
    assertTrue(decide(STUDENT, Action.VIEW_FEEDBACK, Resource.event(FEEDBACK)).allowed());
    assertForbiddenBy("feedback-anonymous-to-tutors",
        decide(PRACTICAL, Action.VIEW_FEEDBACK_AGGREGATE, Resource.tutor(PRACTICAL)));
    AccessControl smallCohorts = AccessControl.standard(RightsPack.builder().from(RightsPack.defaults())
        .feedbackAggregateMinimum(2).build());
    assertTrue(smallCohorts.decide(RECORD, DAY, PRACTICAL, Action.VIEW_FEEDBACK_AGGREGATE, Resource.tutor(PRACTICAL))
        .allowed(), "two trainees answered, and the pack requires two");
    assertFalse(smallCohorts.decide(RECORD, DAY, THEORETICAL, Action.VIEW_FEEDBACK_AGGREGATE, Resource.tutor(PRACTICAL))
        .allowed(), "another tutor's aggregate is not theirs to see");
  }

  @Test
  void health_visibleToStudentPersonInChargeAndHomeDesignateOnly() {
    Resource request = Resource.event(HEALTH_REQUEST);
    assertTrue(decide(STUDENT, Action.VIEW_HEALTH_ADJUSTMENTS, request).allowed());
    assertTrue(decide(PRACTICAL, Action.VIEW_HEALTH_ADJUSTMENTS, request).allowed(), "the first person in charge");
    assertTrue(decide(HEALTH, Action.VIEW_HEALTH_ADJUSTMENTS, request).allowed());
    assertForbiddenBy("health-confidential", decide(THEORETICAL, Action.VIEW_HEALTH_ADJUSTMENTS, request));
    assertForbiddenBy("health-confidential", decide(OFFICE, Action.VIEW_HEALTH_ADJUSTMENTS, request));
    assertForbiddenBy("health-confidential", decide(HOST_HEALTH, Action.VIEW_HEALTH_ADJUSTMENTS, request));
  }

  @Test
  void hostEnterprise_seesPlacementAndMeetings_neverDisciplinaryRecords() {
    assertTrue(decide(ENTERPRISE_OFFICE, Action.VIEW_PLACEMENT, Resource.student(STUDENT)).allowed());
    assertTrue(decide(ENTERPRISE_OFFICE, Action.VIEW_MEETING_RECORD, Resource.event(MEETING)).allowed());
    assertFalse(decide(ENTERPRISE_OFFICE, Action.VIEW_PLACEMENT, Resource.student(OTHER_STUDENT)).allowed(),
        "S-2 is not placed with the enterprise");
    assertFalse(decide(ENTERPRISE_OFFICE, Action.VIEW_FEEDBACK, Resource.event(FEEDBACK)).allowed());
    assertForbiddenBy("enterprise-host", decide(ENTERPRISE_OFFICE, Action.VIEW_MEASURES, Resource.event(INCIDENT)));
    assertForbiddenBy("enterprise-host", decide(OUTSIDER, Action.VIEW_MEASURES, Resource.student(STUDENT)));
  }

  @Test
  void measures_visibleToTheirSubjectAndTheDecidingBody() {
    assertTrue(decide(STUDENT, Action.VIEW_MEASURES, Resource.event(INCIDENT)).allowed());
    assertTrue(decide(DISCIPLINE, Action.VIEW_MEASURES, Resource.event(INCIDENT)).allowed());
    assertTrue(decide(DISCIPLINE, Action.DECIDE_MEASURE, Resource.student(STUDENT)).allowed());
    assertForbiddenBy("measures-to-subject-and-deciding-body", decide(THEORETICAL, Action.VIEW_MEASURES, Resource.event(INCIDENT)));
    assertForbiddenBy("measures-to-subject-and-deciding-body", decide(OFFICE, Action.VIEW_MEASURES, Resource.event(INCIDENT)));
    assertFalse(decide(OFFICE, Action.DECIDE_MEASURE, Resource.student(STUDENT)).allowed());
    assertTrue(decide(THEORETICAL, Action.PROPOSE_MEASURE, Resource.student(STUDENT)).allowed());
  }

  @Test
  void tutorWithSuspendedAdmission_cannotTakeOnNewStudents() {
    CultivationRecord record = RightsFixture.builder()
        .addEvent(MeasureProposed.builder().id(EventId.of("MP-1")).date(START).subject(COLLEAGUE)
            .measure(Measure.sanction("SUSPENDED_ADMISSION")).reason("neglected supervision").build())
        .addEvent(MeasureDecided.builder().id(EventId.of("MD-1")).date(START.plusDays(7)).proposal(EventId.of("MP-1"))
            .subject(COLLEAGUE).decision(Decision.APPROVED).decidedBy(DISCIPLINE).reasons("upheld").build())
        .build();

    assertTrue(ACCESS.decide(record, START, COLLEAGUE, Action.TAKE_ON_STUDENT, Resource.tutor(COLLEAGUE)).allowed());
    assertForbiddenBy("admission-suspended",
        ACCESS.decide(record, START.plusDays(7), COLLEAGUE, Action.TAKE_ON_STUDENT, Resource.tutor(COLLEAGUE)));
    assertForbiddenBy("admission-suspended",
        ACCESS.decide(record, START.plusDays(7), OFFICE, Action.TAKE_ON_STUDENT, Resource.tutor(COLLEAGUE)));
    assertTrue(ACCESS.decide(record, START.plusDays(7), OFFICE, Action.TAKE_ON_STUDENT, Resource.tutor(THEORETICAL)).allowed());
  }

  @Test
  void admissionMeasure_closesAdmissionOnlyWhileInForce_forEveryLevel_andWithNoRoomInItsQuota() {
    java.util.function.Function<Measure, CultivationRecord> decided = measure -> RightsFixture.builder()
        .addEvent(MeasureProposed.builder().id(EventId.of("MP-1")).date(START).subject(COLLEAGUE)
            .measure(measure).reason("neglected supervision").build())
        .addEvent(MeasureDecided.builder().id(EventId.of("MD-1")).date(START.plusDays(7)).proposal(EventId.of("MP-1"))
            .subject(COLLEAGUE).decision(Decision.APPROVED).decidedBy(DISCIPLINE).reasons("upheld").build())
        .build();
    LocalDate decision = START.plusDays(7);
    CultivationRecord forAYear = decided.apply(Measure.builder().kind(org.jointcultivation.core.event.MeasureKind.SANCTION)
        .code("SUSPENDED_ADMISSION").duration(java.time.Period.ofYears(1)).build());
    assertForbiddenBy("admission-suspended",
        ACCESS.decide(forAYear, decision.plusYears(1).minusDays(1), OFFICE, Action.TAKE_ON_STUDENT, Resource.tutor(COLLEAGUE)));
    assertTrue(ACCESS.decide(forAYear, decision.plusYears(1), OFFICE, Action.TAKE_ON_STUDENT, Resource.tutor(COLLEAGUE))
        .allowed(), "the measure has run its year");

    CultivationRecord doctoralOnly = decided.apply(Measure.builder().kind(org.jointcultivation.core.event.MeasureKind.SANCTION)
        .code("SUSPENDED_ADMISSION").addLevels(org.jointcultivation.core.party.StudyLevel.DOCTORAL).build());
    assertTrue(ACCESS.decide(doctoralOnly, decision, OFFICE, Action.TAKE_ON_STUDENT, Resource.tutor(COLLEAGUE)).allowed(),
        "the request names no student: a measure limited to doctoral admission is left to the rule");

    CultivationRecord roomInQuota = decided.apply(Measure.builder().kind(org.jointcultivation.core.event.MeasureKind.SANCTION)
        .code("SUSPENDED_ADMISSION").quota(1).build());
    assertTrue(ACCESS.decide(roomInQuota, decision, OFFICE, Action.TAKE_ON_STUDENT, Resource.tutor(COLLEAGUE)).allowed(),
        "the colleague supervises nobody: a quota of one leaves room");
    CultivationRecord noRoom = decided.apply(Measure.builder().kind(org.jointcultivation.core.event.MeasureKind.SANCTION)
        .code("SUSPENDED_ADMISSION").quota(0).build());
    assertForbiddenBy("admission-suspended",
        ACCESS.decide(noRoom, decision, OFFICE, Action.TAKE_ON_STUDENT, Resource.tutor(COLLEAGUE)));
  }

  @Test
  void terminatedAgreement_noAccessForAnyoneButTheArchive() {
    LocalDate terminated = START.plusMonths(3);
    CultivationRecord record = RightsFixture.builder()
        .addEvent(AgreementTerminated.builder().id(EventId.of("T-1")).date(terminated).agreement(AGREEMENT)
            .ground(TerminationGround.MUTUAL_CONSENT).explanation("programme closed").build())
        .build();

    assertTrue(ACCESS.decide(record, terminated.minusDays(1), THEORETICAL, Action.VIEW_STUDENT_RECORD,
        Resource.student(STUDENT)).allowed());
    for (PersonId anyone : List.<PersonId>of(THEORETICAL, STUDENT, OFFICE, DISCIPLINE)) {
      assertForbiddenBy("terminated-agreement",
          ACCESS.decide(record, terminated, anyone, Action.VIEW_STUDENT_RECORD, Resource.student(STUDENT)));
    }
    assertTrue(ACCESS.decide(record, terminated, ARCHIVE, Action.VIEW_STUDENT_RECORD, Resource.student(STUDENT)).allowed());
    assertTrue(ACCESS.decide(record, terminated, ARCHIVE, Action.VIEW_AGREEMENT, Resource.agreement(AGREEMENT)).allowed());
    assertFalse(ACCESS.decide(record, terminated, ARCHIVE, Action.AMEND_AGREEMENT, Resource.agreement(AGREEMENT)).allowed());
  }

  @Test
  void agreements_visibleToPartiesAndTheGovernment_amendedOnlyByParties() {
    assertTrue(decide(OFFICE, Action.AMEND_AGREEMENT, Resource.agreement(AGREEMENT)).allowed());
    assertTrue(decide(MINISTRY, Action.VIEW_AGREEMENT, Resource.agreement(AGREEMENT)).allowed());
    assertFalse(decide(MINISTRY, Action.AMEND_AGREEMENT, Resource.agreement(AGREEMENT)).allowed());
    assertFalse(decide(MINISTRY, Action.VIEW_STUDENT_RECORD, Resource.student(STUDENT)).allowed());
  }

  @Test
  void tutorRecord_visibleToTheTutorAndTheirProgrammeOffice() {
    assertTrue(decide(THEORETICAL, Action.VIEW_TUTOR_RECORD, Resource.event(TRAINING)).allowed());
    assertTrue(decide(OFFICE, Action.VIEW_TUTOR_RECORD, Resource.event(TRAINING)).allowed());
    assertFalse(decide(PRACTICAL, Action.VIEW_TUTOR_RECORD, Resource.event(TRAINING)).allowed());
  }

  @Test
  void forbidBeatsPermit_andAFailingPolicyDenies() {
    AccessPolicy permitAll = new AccessPolicy() {
      @Override
      public String id() {
        return "permit-all";
      }

      @Override
      public Optional<Verdict> evaluate(AccessRequest request) {
        return Optional.of(Verdict.permit(id(), "everything"));
      }
    };
    AccessControl lenient = AccessControl.standard(RightsPack.defaults(), List.of(permitAll));
    assertForbiddenBy("health-confidential",
        lenient.decide(RECORD, DAY, THEORETICAL, Action.VIEW_HEALTH_ADJUSTMENTS, Resource.event(HEALTH_REQUEST)));

    AccessPolicy broken = new AccessPolicy() {
      @Override
      public String id() {
        return "broken";
      }

      @Override
      public Optional<Verdict> evaluate(AccessRequest request) {
        throw new IllegalStateException("directory unreachable");
      }
    };
    AccessDecision decision = AccessControl.of(List.of(permitAll, broken))
        .decide(RECORD, DAY, STUDENT, Action.VIEW_STUDENT_RECORD, Resource.student(STUDENT));
    assertForbiddenBy("broken", decision);
    assertTrue(decision.auditExplanation().contains("directory unreachable"), decision.auditExplanation());
  }

  @Test
  void filter_givesEachPersonTheirView() {
    RecordView tutor = ACCESS.filter(RECORD, DAY, THEORETICAL);
    assertEquals(2, tutor.students().size());
    assertTrue(tutor.events().stream().anyMatch(e -> e.id().equals(MEETING)));
    assertTrue(tutor.events().stream().noneMatch(e -> e.id().equals(FEEDBACK) || e.id().equals(HEALTH_REQUEST)
        || e.id().equals(INCIDENT)), tutor.events().toString());

    RecordView student = ACCESS.filter(RECORD, DAY, STUDENT);
    assertEquals(1, student.students().size());
    assertTrue(student.events().stream().anyMatch(e -> e.id().equals(HEALTH_REQUEST)));
    assertTrue(student.events().stream().noneMatch(e -> e.id().equals(RightsFixture.OTHER_FEEDBACK)));

    RecordView enterprise = ACCESS.filter(RECORD, DAY, ENTERPRISE_OFFICE);
    assertEquals(0, enterprise.students().size());
    assertEquals(1, enterprise.placements().size());
    assertEquals(List.of(MEETING), enterprise.events().stream().map(e -> e.id()).toList());
  }
}
