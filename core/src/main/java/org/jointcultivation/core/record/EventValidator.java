package org.jointcultivation.core.record;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.Optional;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.agreement.FundingClause;
import org.jointcultivation.core.event.AgreementAmended;
import org.jointcultivation.core.event.AchievementRecorded;
import org.jointcultivation.core.event.AgreementTerminated;
import org.jointcultivation.core.event.ExchangeActivityRecorded;
import org.jointcultivation.core.event.FundsDisbursed;
import org.jointcultivation.core.event.IncidentReported;
import org.jointcultivation.core.event.LeaveTaken;
import org.jointcultivation.core.event.MilestoneReviewed;
import org.jointcultivation.core.event.PublicationSubmitted;
import org.jointcultivation.core.event.TrainingCompleted;
import org.jointcultivation.core.event.TutorChanged;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.DeclaredEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.EventReferences;
import org.jointcultivation.core.event.FeedbackFollowedUp;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.event.FundsAgreed;
import org.jointcultivation.core.event.HealthAdjustmentMade;
import org.jointcultivation.core.event.HealthAdjustmentRequested;
import org.jointcultivation.core.event.MeasureAppealed;
import org.jointcultivation.core.event.ExemptionGranted;
import org.jointcultivation.core.event.CommitteeConvened;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.event.ProblemAcknowledged;
import org.jointcultivation.core.event.ProgressReported;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.event.TutorsCommunicated;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.AdministratorId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.vocabulary.AttributeDeclaration;
import org.jointcultivation.core.vocabulary.EventKindDeclaration;
import org.jointcultivation.core.internal.EventKindTable;
import org.jspecify.annotations.Nullable;

/** Checks that an event's references resolve in a record and that it keeps the record's rules. */
final class EventValidator {
  private final Facts facts;
  private final Function<EventId, @Nullable CultivationEvent> events;

  /** {@code events} finds an event of the record, or of the batch being added, by its id. */
  EventValidator(Facts facts, Function<EventId, @Nullable CultivationEvent> events) {
    this.facts = facts;
    this.events = events;
  }

  void validate(CultivationEvent event) {
    String type = typeName(event);
    event.recordedOn().ifPresent(day -> {
      Checks.date(type, event.id(), "recordedOn", day);
      if (day.isBefore(event.date())) {
        throw new ValidationException(type, event.id(), "recordedOn", day,
            "an event is recorded on or after the day it happened (" + event.date() + ")");
      }
    });
    EventReferences references = event.references();
    references.students().forEach(id -> Facts.requireKnown(facts.students, id, type, event.id(), "students"));
    references.tutors().forEach(id -> Facts.requireKnown(facts.tutors, id, type, event.id(), "tutors"));
    references
        .administrators()
        .forEach(id -> Facts.requireKnown(facts.administrators, id, type, event.id(), "administrators"));
    references
        .institutions()
        .forEach(id -> Facts.requireKnown(facts.institutions, id, type, event.id(), "institutions"));
    references
        .agreements()
        .forEach(id -> Facts.requireKnown(facts.agreements, id, type, event.id(), "agreements"));
    references.events().forEach(id -> requireEvent(id, type, event.id(), "events"));

    CHECKS.get(event).check(this, event, type);
  }

  /** What a kind of event is checked for beyond its references. */
  @FunctionalInterface
  private interface Check {
    void check(EventValidator validator, CultivationEvent event, String type);
  }

  private static final Check NOTHING_MORE = (validator, event, type) -> {};

  /** One check per kind of event: a new kind must say what it is checked for, or that it needs nothing more. */
  private static final EventKindTable<Check> CHECKS = EventKindTable.<Check>builder("event validation")
      .put(SupervisionMeetingHeld.class, (v, e, type) -> v.checkMeeting((SupervisionMeetingHeld) e))
      .put(TutorsCommunicated.class, (v, e, type) -> v.checkCommunication((TutorsCommunicated) e))
      .put(ProblemAcknowledged.class, (v, e, type) -> {
        ProblemAcknowledged acknowledgement = (ProblemAcknowledged) e;
        v.checkAnswers(type, acknowledgement.id(), acknowledgement.date(), "report", acknowledgement.report(),
            ProgressReported.class, acknowledgement.student());
      })
      .put(FeedbackFollowedUp.class, (v, e, type) -> {
        FeedbackFollowedUp followUp = (FeedbackFollowedUp) e;
        v.checkAnswers(type, followUp.id(), followUp.date(), "feedback", followUp.feedback(),
            FeedbackSubmitted.class, followUp.student());
      })
      .put(HealthAdjustmentMade.class, (v, e, type) -> {
        HealthAdjustmentMade adjustment = (HealthAdjustmentMade) e;
        v.checkAnswers(type, adjustment.id(), adjustment.date(), "request", adjustment.request(),
            HealthAdjustmentRequested.class, adjustment.student());
      })
      .put(MeasureDecided.class, (v, e, type) -> {
        MeasureDecided decision = (MeasureDecided) e;
        MeasureProposed proposal = v.checkAnswers(type, decision.id(), decision.date(), "proposal",
            decision.proposal(), MeasureProposed.class, null);
        requireSameSubject(type, decision.id(), decision.subject(), proposal.subject(), proposal.id());
      })
      .put(MeasureAppealed.class, (v, e, type) -> {
        MeasureAppealed appeal = (MeasureAppealed) e;
        MeasureDecided decision = v.checkAnswers(type, appeal.id(), appeal.date(), "decision", appeal.decision(),
            MeasureDecided.class, null);
        requireSameSubject(type, appeal.id(), appeal.subject(), decision.subject(), decision.id());
      })
      .put(CommitteeConvened.class, NOTHING_MORE)
      .put(ExemptionGranted.class, (v, e, type) -> {
        ExemptionGranted exemption = (ExemptionGranted) e;
        if (exemption.subject() instanceof AdministratorId) {
          throw new ValidationException(type, exemption.id(), "subject", exemption.subject(),
              "an exemption lifts a duty of a student, a tutor, an institution or an agreement");
        }
      })
      .put(AgreementAmended.class, (v, e, type) -> {
        AgreementAmended amended = (AgreementAmended) e;
        CooperationAgreement agreement = v.facts.agreements.get(amended.agreement());
        if (agreement != null && agreement.amendment(amended.amendmentNumber()).isEmpty()) {
          throw new ValidationException(type, amended.id(), "amendmentNumber", amended.amendmentNumber(),
              "must name an amendment of agreement " + agreement.id());
        }
      })
      .put(FundsAgreed.class, (v, e, type) -> v.checkFundsAgreed(type, (FundsAgreed) e))
      .put(DeclaredEvent.class, (v, e, type) -> v.checkDeclared(type, (DeclaredEvent) e))
      // Nothing beyond their references, which every event's are checked for:
      .putAll(NOTHING_MORE, ProgressReported.class, MilestoneReviewed.class, PublicationSubmitted.class,
          FundsDisbursed.class, TrainingCompleted.class, FeedbackSubmitted.class, HealthAdjustmentRequested.class,
          IncidentReported.class, AchievementRecorded.class, LeaveTaken.class, TutorChanged.class,
          AgreementTerminated.class, MeasureProposed.class, ExchangeActivityRecorded.class)
      .build();

  /** A declared event is of a kind the vocabulary declares, with exactly its fields, each of its type. */
  private void checkDeclared(String type, DeclaredEvent event) {
    EventKindDeclaration kind = facts.vocabulary.event(event.kind()).orElseThrow(() -> new ValidationException(
        type, event.id(), "kind", event.kind(), "is not an event kind the record's vocabulary declares"
            + (facts.vocabulary.events().isEmpty() ? " (it declares none)" : "; declared: "
                + facts.vocabulary.events().keySet())));
    event.fields().forEach((name, value) -> {
      AttributeDeclaration field = kind.fields().get(name);
      if (field == null) {
        throw new ValidationException(type, event.id(), "fields." + name, value,
            "is not a field of " + event.kind() + "; its fields are " + kind.fields().keySet());
      }
      field.problemWith(value).ifPresent(problem -> {
        throw new ValidationException(type, event.id(), "fields." + name, value, problem);
      });
    });
    for (String name : kind.fields().keySet()) {
      if (!event.fields().containsKey(name)) {
        throw new ValidationException(type, event.id(), "fields." + name, "missing",
            "is a field of " + event.kind() + " and must be given");
      }
    }
  }

  private void checkMeeting(SupervisionMeetingHeld meeting) {
    Optional<DualTutorAssignment> team = facts.assignmentOn(meeting.student(), meeting.date());
    for (PersonId attendee : meeting.attendees()) {
      boolean isStudent = attendee.equals(meeting.student());
      boolean inTeam =
          attendee instanceof TutorId tutor && team.map(t -> t.team().contains(tutor)).orElse(false);
      if (!isStudent && !inTeam) {
        throw new ValidationException(
            "SupervisionMeetingHeld",
            meeting.id(),
            "attendees",
            attendee,
            "must be the student or a member of the supervision team on "
                + meeting.date()
                + " ("
                + team.map(t -> t.team().toString()).orElse("no team assigned")
                + "), or be listed as a guest");
      }
    }
  }

  private void checkCommunication(TutorsCommunicated communication) {
    Optional<DualTutorAssignment> team =
        facts.assignmentOn(communication.student(), communication.date());
    for (TutorId tutor : new TutorId[] {communication.initiator(), communication.recipient()}) {
      if (!team.map(t -> t.team().contains(tutor)).orElse(false)) {
        throw new ValidationException(
            "TutorsCommunicated",
            communication.id(),
            tutor.equals(communication.initiator()) ? "initiator" : "recipient",
            tutor,
            "must be in the student's supervision team on " + communication.date());
      }
    }
  }

  private void checkFundsAgreed(String type, FundsAgreed funds) {
    CooperationAgreement agreement = facts.agreements.get(funds.agreement());
    if (agreement == null) {
      return;
    }
    boolean fundingClause =
        agreement.clausesOn(funds.date()).stream()
            .anyMatch(
                clause ->
                    clause instanceof FundingClause funding
                        && clause.reference().equals(funds.clause())
                        && funding.funders().contains(funds.funder()));
    if (!fundingClause) {
      throw new ValidationException(
          type, funds.id(), "clause", funds.clause(),
          "must be a funding clause of agreement " + agreement.id() + " in force on "
              + funds.date() + " that names " + funds.funder() + " as a funder");
    }
  }

  /**
   * Checks that {@code answered} is an event of {@code kind}, about the same student if one is
   * given, and not later than the answer.
   */
  private <T extends CultivationEvent> T checkAnswers(
      String type,
      EventId id,
      LocalDate date,
      String field,
      EventId answered,
      Class<T> kind,
      @Nullable StudentId student) {
    CultivationEvent target = requireEvent(answered, type, id, field);
    if (!kind.isInstance(target)) {
      throw new ValidationException(
          type, id, field, answered,
          "must refer to a " + kind.getSimpleName() + ", not a "
              + typeName(target));
    }
    if (student != null && !target.references().students().contains(student)) {
      throw new ValidationException(
          type, id, field, answered, "must concern the same student " + student);
    }
    if (target.date().isAfter(date)) {
      throw new ValidationException(
          type, id, "date", date,
          "must not be before the " + kind.getSimpleName() + " it answers (" + target.date() + ")");
    }
    return kind.cast(target);
  }

  /** The event's model type, e.g. {@code SupervisionMeetingHeld}, not its generated class. */
  static String typeName(CultivationEvent event) {
    return TYPE_NAMES.get(event.getClass());
  }

  /** Worked out once per class: {@code getSimpleName} was a tenth of building a large record. */
  private static final ClassValue<String> TYPE_NAMES = new ClassValue<>() {
    @Override
    protected String computeValue(Class<?> type) {
      return type.getSimpleName().startsWith("Immutable")
          ? type.getSuperclass().getSimpleName()
          : type.getSimpleName();
    }
  };

  private static void requireSameSubject(
      String type, EventId id, org.jointcultivation.core.party.PartyId subject, org.jointcultivation.core.party.PartyId expected, EventId source) {
    if (!subject.equals(expected)) {
      throw new ValidationException(
          type, id, "subject", subject, "must be " + expected + ", the subject of " + source);
    }
  }

  private CultivationEvent requireEvent(EventId id, String type, Object subject, String field) {
    CultivationEvent event = events.apply(id);
    if (event == null) {
      throw new ValidationException(type, subject, field, id, "must refer to an entry in the record");
    }
    return event;
  }
}
