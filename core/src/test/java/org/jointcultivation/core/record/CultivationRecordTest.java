package org.jointcultivation.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jointcultivation.core.testing.Rejections.assertRejected;
import static org.jointcultivation.core.testing.SampleProgramme.AGREEMENT;
import static org.jointcultivation.core.testing.SampleProgramme.AGREEMENT_END;
import static org.jointcultivation.core.testing.SampleProgramme.COLLEAGUE;
import static org.jointcultivation.core.testing.SampleProgramme.COLLEGE;
import static org.jointcultivation.core.testing.SampleProgramme.ENTERPRISE;
import static org.jointcultivation.core.testing.SampleProgramme.INSTITUTE;
import static org.jointcultivation.core.testing.SampleProgramme.OTHER_STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.OUTSIDER;
import static org.jointcultivation.core.testing.SampleProgramme.PRACTICAL;
import static org.jointcultivation.core.testing.SampleProgramme.START;
import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.THEORETICAL;
import static org.jointcultivation.core.testing.SampleProgramme.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jointcultivation.core.Money;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.event.AgreementAmended;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.FeedbackChannel;
import org.jointcultivation.core.event.FeedbackFollowedUp;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.event.FeedbackTopic;
import org.jointcultivation.core.event.FundsAgreed;
import org.jointcultivation.core.event.Measure;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.event.Decision;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.event.TrainingCompleted;
import org.jointcultivation.core.event.TrainingKind;
import org.jointcultivation.core.event.TutorsCommunicated;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.testing.SampleProgramme;
import org.junit.jupiter.api.Test;

class CultivationRecordTest {
  private static final LocalDate DAY = START.plusDays(20);

  @Test
  void agreementOf_isTheCandidacysAgreement_orElseTheFirstAssignments() {
    CultivationRecord record = SampleProgramme.record();
    assertEquals(AGREEMENT, record.agreementOf(STUDENT).orElseThrow().id());
    assertTrue(record.agreementOf(org.jointcultivation.core.party.StudentId.of("NOBODY")).isEmpty());
    CultivationRecord withoutCandidacy = CultivationRecord.builder()
        .addInstitution(SampleProgramme.institution(COLLEGE, org.jointcultivation.core.party.InstitutionKind.MEDICAL_COLLEGE))
        .addInstitution(SampleProgramme.institution(INSTITUTE, org.jointcultivation.core.party.InstitutionKind.RESEARCH_INSTITUTE))
        .addAgreement(SampleProgramme.agreement().build())
        .addTutor(SampleProgramme.tutor(THEORETICAL, COLLEGE)).addTutor(SampleProgramme.tutor(PRACTICAL, INSTITUTE))
        .addStudent(SampleProgramme.student(STUDENT))
        .addAssignment(SampleProgramme.assignment(STUDENT).build())
        .build();
    assertEquals(AGREEMENT, withoutCandidacy.agreementOf(STUDENT).orElseThrow().id());
  }

  @Test
  void build_agreementNamingUnknownParty_isRejected() {
    assertRejected("CooperationAgreement", "parties", "must refer to an entry in the record",
        () -> SampleProgramme.builder()
            .addAgreement(SampleProgramme.agreement().id(AgreementId.of("AG-2"))
                .addParty(InstitutionId.of("NOWHERE")).build())
            .build());
  }

  @Test
  void build_tutorWhoseInstitutionIsNotAParty_isRejected() {
    ValidationException error = assertRejected("DualTutorAssignment", "tutors",
        "must work at a party to agreement AG-1",
        () -> SampleProgramme.builder()
            .addStudent(SampleProgramme.student(StudentId.of("S-3")))
            .addAssignment(SampleProgramme.assignment(StudentId.of("S-3")).secondTutor(OUTSIDER).build())
            .build());
    assertEquals(OUTSIDER.value(), error.value());
  }

  @Test
  void build_placementAtNonPartyHost_isRejected() {
    assertRejected("Placement", "host", "must be a party to agreement AG-1",
        () -> SampleProgramme.builder()
            .addPlacement(SampleProgramme.placement(STUDENT).host(ENTERPRISE).build())
            .build());
  }

  @Test
  void build_placementOutsideAgreementValidity_isRejected() {
    assertRejected("Placement", "period", "must lie within the validity",
        () -> SampleProgramme.builder()
            .addPlacement(SampleProgramme.placement(STUDENT).startDate(AGREEMENT_END.minusDays(10))
                .endDate(AGREEMENT_END.plusDays(10)).build())
            .build());
  }

  @Test
  void build_overlappingAssignmentsOfOneStudent_areRejected() {
    assertRejected("DualTutorAssignment", "period", "must not overlap",
        () -> SampleProgramme.builder()
            .addAssignment(SampleProgramme.assignment(STUDENT).firstTutor(COLLEAGUE)
                .startDate(DAY).build())
            .build());
  }

  @Test
  void build_tutorChangeAsConsecutiveAssignments_isAccepted() {
    CultivationRecord record = CultivationRecord.builder()
        .addInstitution(SampleProgramme.institution(COLLEGE, org.jointcultivation.core.party.InstitutionKind.MEDICAL_COLLEGE))
        .addInstitution(SampleProgramme.institution(INSTITUTE, org.jointcultivation.core.party.InstitutionKind.RESEARCH_INSTITUTE))
        .addAgreement(SampleProgramme.agreement().build())
        .addTutor(SampleProgramme.tutor(THEORETICAL, COLLEGE))
        .addTutor(SampleProgramme.tutor(PRACTICAL, INSTITUTE))
        .addTutor(SampleProgramme.tutor(COLLEAGUE, COLLEGE))
        .addStudent(SampleProgramme.student(STUDENT))
        .addAssignment(SampleProgramme.assignment(STUDENT).endDate(DAY.minusDays(1)).build())
        .addAssignment(SampleProgramme.assignment(STUDENT).firstTutor(COLLEAGUE).startDate(DAY).build())
        .build();

    assertEquals(THEORETICAL, record.assignmentOn(STUDENT, DAY.minusDays(1)).orElseThrow().firstTutor());
    assertEquals(COLLEAGUE, record.assignmentOn(STUDENT, DAY).orElseThrow().firstTutor());
    assertEquals(2, record.assignmentsOf(STUDENT).size());
  }

  @Test
  void withEvent_unknownReferences_areRejectedNamingWhatIsUnknown() {
    CultivationRecord record = SampleProgramme.record();

    assertRejected("SupervisionMeetingHeld", "students", "must refer to an entry",
        () -> record.withEvent(meeting("M-1", DAY).student(StudentId.of("S-404")).build()));
    assertRejected("TrainingCompleted", "tutors", "must refer to an entry",
        () -> record.withEvent(TrainingCompleted.builder().id(EventId.of("TR-1")).date(DAY)
            .tutor(TutorId.of("T-404")).kind(TrainingKind.WORKSHOP).hours(2).build()));
    assertRejected("TrainingCompleted", "institutions", "must refer to an entry",
        () -> record.withEvent(TrainingCompleted.builder().id(EventId.of("TR-1")).date(DAY)
            .tutor(THEORETICAL).kind(TrainingKind.WORKSHOP).hours(2)
            .provider(InstitutionId.of("NOWHERE")).build()));
    assertRejected("AgreementAmended", "agreements", "must refer to an entry",
        () -> record.withEvent(AgreementAmended.builder().id(EventId.of("AM-1")).date(DAY)
            .agreement(AgreementId.of("AG-404")).amendmentNumber(1).build()));
  }

  @Test
  void withEvent_sameIdOtherContent_isRejected_identicalIsNoOp() {
    SupervisionMeetingHeld meeting = meeting("M-1", DAY).build();
    CultivationRecord record = SampleProgramme.record().withEvent(meeting);

    assertSame(record, record.withEvent(meeting));
    ValidationException error = assertRejected("SupervisionMeetingHeld", "id",
        "already in the record with different content",
        () -> record.withEvent(meeting("M-1", DAY.plusDays(1)).build()));
    assertEquals("M-1", error.subject());
  }

  @Test
  void withEvent_failure_leavesRecordUnchanged() {
    CultivationRecord record = SampleProgramme.record().withEvent(meeting("M-1", DAY).build());
    CultivationRecord copy = SampleProgramme.record().withEvent(meeting("M-1", DAY).build());

    assertRejected("SupervisionMeetingHeld", "students", "must refer",
        () -> record.withEvents(List.of(meeting("M-2", DAY).build(),
            meeting("M-3", DAY).student(StudentId.of("S-404")).build())));

    assertEquals(copy, record);
    assertEquals(1, record.events().size());
  }

  @Test
  void builder_addEventsFailure_keepsNothingOfTheBatch() {
    CultivationRecord.Builder builder = SampleProgramme.builder().addEvent(meeting("M-1", DAY).build());

    assertRejected("SupervisionMeetingHeld", "id", "already in the record with different content",
        () -> builder.addEvents(List.of(meeting("M-2", DAY).build(), meeting("M-1", DAY.plusDays(1)).build())));

    assertEquals(SampleProgramme.record().withEvent(meeting("M-1", DAY).build()), builder.build());
  }

  @Test
  void withEvent_meetingAttendedByOutsider_isRejectedUnlessGuest() {
    CultivationRecord record = SampleProgramme.record();

    ValidationException error = assertRejected("SupervisionMeetingHeld", "attendees",
        "must be the student or a member of the supervision team",
        () -> record.withEvent(meeting("M-1", DAY).addAttendee(COLLEAGUE).build()));
    assertTrue(error.getMessage().contains("or be listed as a guest"), error.getMessage());

    CultivationRecord withGuest = record.withEvent(meeting("M-1", DAY).addGuest(COLLEAGUE).build());
    assertEquals(1, withGuest.eventsOf(COLLEAGUE).size());
  }

  @Test
  void withEvent_meetingBeforeAnyTeamIsAssigned_isRejected() {
    assertRejected("SupervisionMeetingHeld", "attendees", "no team assigned",
        () -> SampleProgramme.record().withEvent(meeting("M-0", START.minusDays(1)).build()));
  }

  @Test
  void withEvent_tutorsCommunicatingOutsideTeam_isRejected() {
    assertRejected("TutorsCommunicated", "recipient", "supervision team",
        () -> SampleProgramme.record().withEvent(TutorsCommunicated.builder().id(EventId.of("C-1"))
            .date(DAY).student(STUDENT).initiator(PRACTICAL).recipient(COLLEAGUE).topic("x").build()));
  }

  @Test
  void withEvents_answerAndQuestionInOneBatch_inAnyOrder() {
    FeedbackSubmitted feedback = FeedbackSubmitted.builder().id(EventId.of("F-1")).date(DAY)
        .student(STUDENT).channel(FeedbackChannel.SEMINAR).topic(FeedbackTopic.SUPERVISION)
        .text("more lab time").build();
    FeedbackFollowedUp followUp = FeedbackFollowedUp.builder().id(EventId.of("F-2"))
        .date(DAY.plusDays(3)).student(STUDENT).feedback(feedback.id()).by(PRACTICAL)
        .action("booked time").build();

    CultivationRecord record = SampleProgramme.record().withEvents(List.of(followUp, feedback));

    assertEquals(List.of(feedback, followUp), record.eventsOf(STUDENT));
    assertRejected("FeedbackFollowedUp", "events", "must refer",
        () -> SampleProgramme.record().withEvent(followUp));
  }

  @Test
  void withEvent_followUpForAnotherStudentsFeedback_isRejected() {
    FeedbackSubmitted feedback = FeedbackSubmitted.builder().id(EventId.of("F-1")).date(DAY)
        .student(OTHER_STUDENT).channel(FeedbackChannel.SEMINAR).topic(FeedbackTopic.SUPERVISION)
        .text("more lab time").build();
    CultivationRecord record = SampleProgramme.record().withEvent(feedback);

    assertRejected("FeedbackFollowedUp", "feedback", "same student",
        () -> record.withEvent(FeedbackFollowedUp.builder().id(EventId.of("F-2")).date(DAY)
            .student(STUDENT).feedback(feedback.id()).by(PRACTICAL).action("x").build()));
  }

  @Test
  void withEvent_decisionAboutAnotherSubject_isRejected() {
    MeasureProposed proposal = MeasureProposed.builder().id(EventId.of("P-1")).date(DAY)
        .subject(STUDENT).measure(Measure.sanction("CRITICISM")).reason("missed meetings").build();
    CultivationRecord record = SampleProgramme.record().withEvent(proposal);

    assertRejected("MeasureDecided", "subject", "must be S-1",
        () -> record.withEvent(MeasureDecided.builder().id(EventId.of("D-1")).date(DAY)
            .proposal(proposal.id()).subject(OTHER_STUDENT).decision(Decision.APPROVED)
            .decidedMeasure(Measure.sanction("CRITICISM")).decidedBy(THEORETICAL)
            .reasons("agreed").build()));
  }

  @Test
  void withEvent_fundsAgreedUnderNonFundingClause_isRejected() {
    FundsAgreed.Builder funds = FundsAgreed.builder().id(EventId.of("FA-1")).date(DAY)
        .agreement(AGREEMENT).funder(INSTITUTE).amount(Money.of("50000", "CNY"));

    assertEquals(1, SampleProgramme.record().withEvent(funds.clause("§4").build()).eventsOf(AGREEMENT).size());
    assertRejected("FundsAgreed", "clause", "must be a funding clause",
        () -> SampleProgramme.record().withEvent(funds.clause("§5").build()));
  }

  @Test
  void withEvent_amendmentNumberNotInAgreement_isRejected() {
    assertRejected("AgreementAmended", "amendmentNumber", "must name an amendment",
        () -> SampleProgramme.record().withEvent(AgreementAmended.builder().id(EventId.of("AM-1"))
            .date(DAY).agreement(AGREEMENT).amendmentNumber(3).build()));
  }

  @Test
  void builder_partyWithSameIdOtherContent_isRejected() {
    assertRejected("Tutor", "id", "already in the record with different content",
        () -> SampleProgramme.builder().addTutor(SampleProgramme.tutor(THEORETICAL, INSTITUTE)));
  }

  @Test
  void lookups_byStudentTutorAgreementAndInstitution() {
    SupervisionMeetingHeld first = meeting("M-1", DAY).build();
    SupervisionMeetingHeld second = meeting("M-2", DAY.plusDays(14)).build();
    TrainingCompleted training = TrainingCompleted.builder().id(EventId.of("TR-1")).date(DAY)
        .tutor(THEORETICAL).kind(TrainingKind.IN_POST).hours(4).provider(COLLEGE).build();
    CultivationRecord record = SampleProgramme.record().withEvents(List.of(second, training, first));

    assertEquals(List.of(first, second), record.eventsOf(STUDENT));
    assertEquals(List.of(first, second), record.eventsOf(STUDENT, SupervisionMeetingHeld.class));
    assertEquals(List.of(), record.eventsOf(OTHER_STUDENT));
    assertEquals(List.of(first, training, second), record.eventsOf(THEORETICAL));
    assertEquals(List.of(training), record.eventsOf(COLLEGE));
    assertEquals(Set.of(STUDENT, OTHER_STUDENT), record.studentsUnder(AGREEMENT));
    assertEquals(Set.of(STUDENT, OTHER_STUDENT), record.studentsAffiliatedWith(INSTITUTE));
    assertEquals(2, record.assignmentsOfTutor(PRACTICAL).size());
    assertEquals(List.of(), record.assignmentsOfTutor(OUTSIDER));
    assertEquals(INSTITUTE, record.candidacy(STUDENT).orElseThrow().hostInstitution().orElseThrow());
    assertEquals(1, record.placementsOf(STUDENT).size());
    assertTrue(record.student(StudentId.of("S-404")).isEmpty());
    assertEquals(first, record.event(EventId.of("M-1")).orElseThrow());
  }

  @Test
  void equality_dependsOnContentNotOrderOfFacts() {
    CultivationRecord a = SampleProgramme.record();
    CooperationAgreement agreement = SampleProgramme.agreement().build();
    DualTutorAssignment assignment = SampleProgramme.assignment(STUDENT).build();
    CultivationRecord b = SampleProgramme.builder().addAgreement(agreement).addAssignment(assignment).build();

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, a.withEvent(meeting("M-1", DAY).build()));
    assertTrue(a.toString().contains("students=2"), a.toString());
  }
}
