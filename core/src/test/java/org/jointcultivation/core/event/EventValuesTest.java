package org.jointcultivation.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.jointcultivation.core.testing.Rejections.assertRejected;
import static org.jointcultivation.core.testing.SampleProgramme.COLLEGE;
import static org.jointcultivation.core.testing.SampleProgramme.PRACTICAL;
import static org.jointcultivation.core.testing.SampleProgramme.START;
import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.THEORETICAL;

import java.time.Period;
import java.util.Set;
import org.jointcultivation.core.testing.SampleProgramme;
import org.junit.jupiter.api.Test;

class EventValuesTest {
  @Test
  void meeting_withoutAttendees_isRejected() {
    assertRejected("SupervisionMeetingHeld", "attendees", "at least one attendee",
        () -> SupervisionMeetingHeld.builder().id(EventId.of("M-1")).date(START).student(STUDENT)
            .kind(MeetingKind.SUPERVISION).build());
  }

  @Test
  void meeting_confirmedByAbsentee_isRejected() {
    assertRejected("SupervisionMeetingHeld", "confirmedBy", "must be one of the attendees",
        () -> SupervisionMeetingHeld.builder().id(EventId.of("M-1")).date(START).student(STUDENT)
            .kind(MeetingKind.SUPERVISION).addAttendees(STUDENT, THEORETICAL)
            .addConfirmedBy(PRACTICAL).build());
  }

  @Test
  void meeting_actionDueBeforeMeeting_isRejected() {
    assertRejected("SupervisionMeetingHeld", "actions.dueDate", "must not be before the meeting",
        () -> SampleProgramme.meeting("M-1", START).addAction(ActionItem.builder()
            .description("read").owner(STUDENT).dueDate(START.minusDays(1)).build()).build());
  }

  @Test
  void meeting_references_includeStudentAndAttendees() {
    EventReferences references = SampleProgramme.meeting("M-1", START).build().references();

    assertEquals(Set.of(STUDENT), references.students());
    assertEquals(Set.of(THEORETICAL, PRACTICAL), references.tutors());
  }

  @Test
  void publication_correspondingAuthorNotAnAuthor_isRejected() {
    assertRejected("PublicationSubmitted", "correspondingAuthors", "must be one of the authors",
        () -> publication().correspondingAuthors(Set.of(Author.external("A. Stranger"))).build());
  }

  @Test
  void publication_duplicateAuthorName_isRejected() {
    assertRejected("PublicationSubmitted", "authors", "unique",
        () -> publication().addAuthor(Author.external("Li Wei")).build());
  }

  @Test
  void publication_references_includeAuthorsAndAffiliations() {
    EventReferences references = publication().build().references();

    assertEquals(Set.of(THEORETICAL), references.tutors());
    assertEquals(Set.of(COLLEGE), references.institutions());
  }

  @Test
  void counts_zeroOrNegative_areRejected() {
    assertRejected("TrainingCompleted", "hours", "must be positive",
        () -> TrainingCompleted.builder().id(EventId.of("TR-1")).date(START).tutor(THEORETICAL)
            .kind(TrainingKind.WORKSHOP).hours(0).build());
    assertRejected("MilestoneReviewed", "panelSize", "must be positive",
        () -> MilestoneReviewed.builder().id(EventId.of("MR-1")).date(START).student(STUDENT)
            .milestone(Milestone.MID_TERM_REVIEW).outcome(ReviewOutcome.PASS).panelSize(-1).build());
    assertRejected("ExchangeActivityRecorded", "hours", "must be positive",
        () -> ExchangeActivityRecorded.builder().id(EventId.of("X-1")).date(START).tutor(THEORETICAL)
            .host(COLLEGE).kind(ExchangeKind.EXPERT_TEACHING_AT_SCHOOL).hours(-3).build());
  }

  @Test
  void leave_endingBeforeItStarts_isRejected() {
    assertRejected("LeaveTaken", "endDate", "must not be before startDate",
        () -> LeaveTaken.builder().id(EventId.of("L-1")).date(START).student(STUDENT)
            .kind(LeaveKind.SICK).endDate(START.minusDays(1)).build());
  }

  @Test
  void tutorsCommunicated_withSelf_isRejected() {
    assertRejected("TutorsCommunicated", "recipient", "must differ",
        () -> TutorsCommunicated.builder().id(EventId.of("C-1")).date(START).student(STUDENT)
            .initiator(PRACTICAL).recipient(PRACTICAL).topic("progress").build());
  }

  @Test
  void measureDecided_modifiedWithoutMeasureOrNegativeWindow_isRejected() {
    MeasureDecided.Builder decided = MeasureDecided.builder().id(EventId.of("D-1")).date(START)
        .proposal(EventId.of("P-1")).subject(STUDENT).decidedBy(THEORETICAL).reasons("first offence");
    assertRejected("MeasureDecided", "decidedMeasure", "must be set when the decision is MODIFIED",
        () -> decided.decision(Decision.MODIFIED).build());
    assertRejected("MeasureDecided", "appealWindow", "positive duration",
        () -> decided.decision(Decision.APPROVED).appealWindow(Period.ofDays(-5)).build());
  }

  @Test
  void measure_blankCode_isRejected() {
    assertRejected("Measure", "code", "must not be blank", () -> Measure.sanction(" "));
  }

  private static PublicationSubmitted.Builder publication() {
    Author student = Author.of("Li Wei", STUDENT, COLLEGE);
    Author tutor = Author.of("Zhang Min", THEORETICAL, COLLEGE);
    return PublicationSubmitted.builder().id(EventId.of("PUB-1")).date(START).student(STUDENT)
        .title("On joint cultivation").addAuthors(student, tutor).addCorrespondingAuthor(tutor);
  }
}
