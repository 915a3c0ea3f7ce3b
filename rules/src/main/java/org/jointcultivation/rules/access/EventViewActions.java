package org.jointcultivation.rules.access;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.jointcultivation.core.event.AchievementRecorded;
import org.jointcultivation.core.event.AgreementAmended;
import org.jointcultivation.core.event.AgreementTerminated;
import org.jointcultivation.core.event.CultivationEvent;
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
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.event.MilestoneReviewed;
import org.jointcultivation.core.event.ProblemAcknowledged;
import org.jointcultivation.core.event.ProgressReported;
import org.jointcultivation.core.event.PublicationSubmitted;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.event.TrainingCompleted;
import org.jointcultivation.core.event.TutorChanged;
import org.jointcultivation.core.event.TutorsCommunicated;

/**
 * The action viewing each kind of event needs, one entry per kind of the sealed hierarchy: a kind
 * added to {@link CultivationEvent} without an entry here fails {@code EventViewActionsTest}, and
 * at run time is refused rather than treated as an ordinary part of the student record.
 */
final class EventViewActions {
  static final ImmutableMap<Class<? extends CultivationEvent>, Action> BY_KIND =
      ImmutableMap.<Class<? extends CultivationEvent>, Action>builder()
          .put(SupervisionMeetingHeld.class, Action.VIEW_MEETING_RECORD)
          .put(TutorsCommunicated.class, Action.VIEW_STUDENT_RECORD)
          .put(ProgressReported.class, Action.VIEW_STUDENT_RECORD)
          .put(ProblemAcknowledged.class, Action.VIEW_STUDENT_RECORD)
          .put(MilestoneReviewed.class, Action.VIEW_STUDENT_RECORD)
          .put(PublicationSubmitted.class, Action.VIEW_STUDENT_RECORD)
          .put(AchievementRecorded.class, Action.VIEW_STUDENT_RECORD)
          .put(LeaveTaken.class, Action.VIEW_STUDENT_RECORD)
          .put(TutorChanged.class, Action.VIEW_STUDENT_RECORD)
          .put(FeedbackSubmitted.class, Action.VIEW_FEEDBACK)
          .put(FeedbackFollowedUp.class, Action.VIEW_FEEDBACK)
          .put(HealthAdjustmentRequested.class, Action.VIEW_HEALTH_ADJUSTMENTS)
          .put(HealthAdjustmentMade.class, Action.VIEW_HEALTH_ADJUSTMENTS)
          .put(IncidentReported.class, Action.VIEW_MEASURES)
          .put(MeasureProposed.class, Action.VIEW_MEASURES)
          .put(MeasureDecided.class, Action.VIEW_MEASURES)
          .put(MeasureAppealed.class, Action.VIEW_MEASURES)
          .put(FundsAgreed.class, Action.VIEW_AGREEMENT)
          .put(FundsDisbursed.class, Action.VIEW_AGREEMENT)
          .put(AgreementAmended.class, Action.VIEW_AGREEMENT)
          .put(AgreementTerminated.class, Action.VIEW_AGREEMENT)
          .put(TrainingCompleted.class, Action.VIEW_TUTOR_RECORD)
          .put(ExchangeActivityRecorded.class, Action.VIEW_TUTOR_RECORD)
          .buildOrThrow();

  /** Looked up once per implementation class (the generated {@code Immutable*} ones). */
  private static final ClassValue<Action> BY_CLASS = new ClassValue<>() {
    @Override
    protected Action computeValue(Class<?> type) {
      for (Map.Entry<Class<? extends CultivationEvent>, Action> entry : BY_KIND.entrySet()) {
        if (entry.getKey().isAssignableFrom(type)) {
          return entry.getValue();
        }
      }
      throw new IllegalStateException("no view action is mapped for event kind " + type.getName()
          + ": add it to " + EventViewActions.class.getName());
    }
  };

  private EventViewActions() {}

  static Action of(CultivationEvent event) {
    return BY_CLASS.get(event.getClass());
  }
}
