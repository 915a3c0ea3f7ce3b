package org.jointcultivation.rules.access;

import org.jointcultivation.core.event.AchievementRecorded;
import org.jointcultivation.core.event.AgreementAmended;
import org.jointcultivation.core.event.AgreementTerminated;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.DeclaredEvent;
import org.jointcultivation.core.event.ExchangeActivityRecorded;
import org.jointcultivation.core.event.FeedbackFollowedUp;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.event.FundsAgreed;
import org.jointcultivation.core.event.FundsDisbursed;
import org.jointcultivation.core.event.HealthAdjustmentMade;
import org.jointcultivation.core.event.HealthAdjustmentRequested;
import org.jointcultivation.core.event.IncidentReported;
import org.jointcultivation.core.event.LeaveTaken;
import org.jointcultivation.core.event.MeasureAppealed;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.event.ExemptionGranted;
import org.jointcultivation.core.event.CommitteeConvened;
import java.util.Optional;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.event.MilestoneReviewed;
import org.jointcultivation.core.event.ProblemAcknowledged;
import org.jointcultivation.core.event.ProgressReported;
import org.jointcultivation.core.event.PublicationSubmitted;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.event.TrainingCompleted;
import org.jointcultivation.core.event.TutorChanged;
import org.jointcultivation.core.event.TutorsCommunicated;
import org.jointcultivation.core.internal.EventKindTable;

/**
 * The action viewing each kind of event needs, one entry per kind of the sealed hierarchy: a kind
 * added to {@link CultivationEvent} without an entry here fails the table's build, and so every
 * test, rather than being treated as an ordinary part of the student record.
 */
final class EventViewActions {
  static final EventKindTable<Action> BY_KIND = EventKindTable.<Action>builder("the view actions of events")
      .put(SupervisionMeetingHeld.class, Action.VIEW_MEETING_RECORD)
      .putAll(Action.VIEW_STUDENT_RECORD, TutorsCommunicated.class, ProgressReported.class, ProblemAcknowledged.class,
          MilestoneReviewed.class, PublicationSubmitted.class, AchievementRecorded.class, LeaveTaken.class,
          TutorChanged.class, CommitteeConvened.class,
          // A declared kind is part of the record of whom it names; its vocabulary cannot yet say otherwise.
          DeclaredEvent.class)
      .putAll(Action.VIEW_FEEDBACK, FeedbackSubmitted.class, FeedbackFollowedUp.class)
      .putAll(Action.VIEW_HEALTH_ADJUSTMENTS, HealthAdjustmentRequested.class, HealthAdjustmentMade.class)
      .putAll(Action.VIEW_MEASURES, IncidentReported.class, MeasureProposed.class, MeasureDecided.class,
          MeasureAppealed.class, ExemptionGranted.class)
      .putAll(Action.VIEW_AGREEMENT, FundsAgreed.class, FundsDisbursed.class, AgreementAmended.class,
          AgreementTerminated.class)
      .putAll(Action.VIEW_TUTOR_RECORD, TrainingCompleted.class, ExchangeActivityRecorded.class)
      .build();

  private EventViewActions() {}

  static Action of(CultivationEvent event, CultivationRecord record) {
    if (event instanceof DeclaredEvent declared) {
      Optional<String> named = record.vocabulary().event(declared.kind()).flatMap(k -> k.viewAction());
      if (named.isPresent()) {
        return viewing(named.get(), declared.kind());
      }
    }
    return BY_KIND.get(event);
  }

  /** The viewing action {@code name}, which a vocabulary gave to the declared kind {@code kind}. */
  static Action viewing(String name, String kind) {
    Optional<Action> action = java.util.Arrays.stream(Action.values())
        .filter(a -> a.name().equals(name) && a.name().startsWith("VIEW_")).findFirst();
    return action.orElseThrow(() -> new IllegalArgumentException("the vocabulary gives event kind " + kind
        + " the viewAction '" + name + "', which is not a viewing action; known: " + java.util.Arrays.stream(
            Action.values()).map(Action::name).filter(n -> n.startsWith("VIEW_")).toList()));
  }
}
