package org.jointcultivation.core.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.Candidacy;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.CooperationForm;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.agreement.Placement;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.FeedbackFollowedUp;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.InstitutionKind;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;

/**
 * Ways to break a valid cohort, each with the type and field the resulting {@link
 * org.jointcultivation.core.ValidationException} must name.
 */
public enum InvalidVariant {
  EVENT_NAMES_UNKNOWN_STUDENT("SupervisionMeetingHeld", "students", (cohort, builder) ->
      builder.addEvent(SupervisionMeetingHeld.builder().from(firstMeeting(cohort))
          .id(EventId.of("X-1")).student(StudentId.of("NOBODY")).build())),
  EVENT_NAMES_UNKNOWN_TUTOR("SupervisionMeetingHeld", "tutors", (cohort, builder) ->
      builder.addEvent(SupervisionMeetingHeld.builder().from(firstMeeting(cohort))
          .id(EventId.of("X-1")).addAttendee(TutorId.of("NOBODY")).build())),
  MEETING_ATTENDED_BY_OUTSIDER("SupervisionMeetingHeld", "attendees", (cohort, builder) -> {
    SupervisionMeetingHeld meeting = firstMeeting(cohort);
    TutorId outsider = TutorId.of("OUTSIDER");
    builder.addTutor(SampleProgramme.tutor(outsider, home(cohort, meeting.student())));
    builder.addEvent(SupervisionMeetingHeld.builder().from(meeting).id(EventId.of("X-1"))
        .addAttendee(outsider).build());
  }),
  EVENT_ID_REUSED_WITH_OTHER_CONTENT("SupervisionMeetingHeld", "id", (cohort, builder) -> {
    SupervisionMeetingHeld meeting = firstMeeting(cohort);
    builder.addEvent(SupervisionMeetingHeld.builder().from(meeting)
        .date(meeting.date().plusDays(1)).build());
  }),
  AGREEMENT_NAMES_UNKNOWN_PARTY("CooperationAgreement", "parties", (cohort, builder) ->
      builder.addAgreement(CooperationAgreement.builder().from(cohort.agreements().get(0))
          .id(AgreementId.of("AG-X")).addParty(InstitutionId.of("NOWHERE")).build())),
  PLACEMENT_AT_NON_PARTY("Placement", "host", (cohort, builder) -> {
    builder.addInstitution(SampleProgramme.institution(InstitutionId.of("ELSEWHERE"), InstitutionKind.ENTERPRISE));
    builder.addPlacement(Placement.builder().from(cohort.placements().get(0))
        .host(InstitutionId.of("ELSEWHERE")).build());
  }),
  PLACEMENT_OUTSIDE_AGREEMENT("Placement", "period", (cohort, builder) ->
      builder.addPlacement(Placement.builder().from(cohort.placements().get(0))
          .startDate(LocalDate.of(2019, 1, 1)).build())),
  TUTOR_NOT_AT_A_PARTY("DualTutorAssignment", "tutors", (cohort, builder) -> {
    builder.addInstitution(SampleProgramme.institution(InstitutionId.of("ELSEWHERE"), InstitutionKind.ENTERPRISE));
    builder.addTutor(SampleProgramme.tutor(TutorId.of("FAR-AWAY"), InstitutionId.of("ELSEWHERE")));
    StudentId newcomer = StudentId.of("NEWCOMER");
    builder.addStudent(SampleProgramme.student(newcomer));
    builder.addAssignment(DualTutorAssignment.builder().from(cohort.assignments().get(0))
        .student(newcomer).secondTutor(TutorId.of("FAR-AWAY")).build());
  }),
  OVERLAPPING_ASSIGNMENTS("DualTutorAssignment", "period", (cohort, builder) -> {
    DualTutorAssignment first = cohort.assignments().get(0);
    builder.addAssignment(DualTutorAssignment.builder().from(first)
        .firstTutor(first.secondTutor()).secondTutor(first.firstTutor())
        .startDate(first.startDate().plusDays(10)).build());
  }),
  CANDIDACY_UNDER_UNKNOWN_AGREEMENT("Candidacy", "agreement", (cohort, builder) -> {
    StudentId newcomer = StudentId.of("NEWCOMER");
    builder.addStudent(SampleProgramme.student(newcomer));
    builder.addCandidacy(Candidacy.builder().from(cohort.candidacies().get(0)).student(newcomer)
        .agreement(AgreementId.of("AG-NOWHERE")).build());
  }),
  FOLLOW_UP_OF_NON_FEEDBACK("FeedbackFollowedUp", "feedback", (cohort, builder) -> {
    SupervisionMeetingHeld meeting = firstMeeting(cohort);
    builder.addEvent(FeedbackFollowedUp.builder().id(EventId.of("X-1")).date(meeting.date())
        .student(meeting.student()).feedback(meeting.id()).by(meeting.student()).action("noted").build());
  }),
  FOLLOW_UP_BEFORE_FEEDBACK("FeedbackFollowedUp", "date", (cohort, builder) -> {
    FeedbackSubmitted feedback = first(cohort, FeedbackSubmitted.class);
    builder.addEvent(FeedbackFollowedUp.builder().id(EventId.of("X-1"))
        .date(feedback.date().minusDays(1)).student(feedback.student()).feedback(feedback.id())
        .by(feedback.student()).action("noted").build());
  }),
  MEETING_CONFIRMED_BY_ABSENTEE("SupervisionMeetingHeld", "confirmedBy", (cohort, builder) ->
      builder.addEvent(SupervisionMeetingHeld.builder().from(firstMeeting(cohort)).id(EventId.of("X-1"))
          .addConfirmedBy(TutorId.of("ABSENT")).build())),
  AGREEMENT_WITH_ONE_PARTY("CooperationAgreement", "parties", (cohort, builder) ->
      builder.addAgreement(CooperationAgreement.builder().id(AgreementId.of("AG-X")).title("alone")
          .form(CooperationForm.TUTOR_LED).addParty(cohort.institutions().get(0).id())
          .startDate(LocalDate.of(2025, 1, 1)).build()));

  private final String type;
  private final String field;
  @SuppressWarnings("ImmutableEnumChecker") // stateless lambdas
  private final BiConsumer<Cohort, CultivationRecord.Builder> breaker;

  InvalidVariant(String type, String field, BiConsumer<Cohort, CultivationRecord.Builder> breaker) {
    this.type = type;
    this.field = field;
    this.breaker = breaker;
  }

  /** The type the exception must name. */
  public String type() {
    return type;
  }

  /** The field the exception must name. */
  public String field() {
    return field;
  }

  /** Breaks the cohort and builds its record; expected to throw. */
  public CultivationRecord build(Cohort cohort) {
    CultivationRecord.Builder builder = cohort.builder();
    breaker.accept(cohort, builder);
    return builder.build();
  }

  private static SupervisionMeetingHeld firstMeeting(Cohort cohort) {
    return first(cohort, SupervisionMeetingHeld.class);
  }

  private static <T extends CultivationEvent> T first(Cohort cohort, Class<T> kind) {
    List<CultivationEvent> events = cohort.events();
    return events.stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
  }

  private static InstitutionId home(Cohort cohort, StudentId student) {
    return cohort.candidacies().stream().filter(c -> c.student().equals(student)).findFirst()
        .orElseThrow().homeInstitution();
  }
}
