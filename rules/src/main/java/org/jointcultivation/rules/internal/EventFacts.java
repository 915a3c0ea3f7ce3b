package org.jointcultivation.rules.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.DeclaredEvent;
import org.jointcultivation.core.internal.EventKindTable;
import java.util.List;
import java.util.function.Function;
import org.jointcultivation.core.event.TutorChanged;
import org.jointcultivation.core.event.PublicationSubmitted;
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.event.ExemptionGranted;
import org.jointcultivation.core.event.CommitteeConvened;
import org.jointcultivation.core.event.MeasureAppealed;
import org.jointcultivation.core.event.LeaveTaken;
import org.jointcultivation.core.event.IncidentReported;
import org.jointcultivation.core.event.HealthAdjustmentRequested;
import org.jointcultivation.core.event.FundsDisbursed;
import org.jointcultivation.core.event.FundsAgreed;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.event.AgreementTerminated;
import org.jointcultivation.core.event.AgreementAmended;
import org.jointcultivation.core.event.AchievementRecorded;
import org.jointcultivation.core.event.EventReferences;
import org.jointcultivation.core.event.ExchangeActivityRecorded;
import org.jointcultivation.core.event.FeedbackFollowedUp;
import org.jointcultivation.core.event.HealthAdjustmentMade;
import org.jointcultivation.core.event.MilestoneReviewed;
import org.jointcultivation.core.event.ProblemAcknowledged;
import org.jointcultivation.core.event.ProgressReported;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.event.TrainingCompleted;
import org.jointcultivation.core.event.TutorsCommunicated;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.rules.spi.ConfiguredRule;

/** What rules need to know about events: types by name, who acted, what kind they are. */
final class EventFacts {
  /** Every event type, by its simple name, from the sealed hierarchy. */
  static final ImmutableMap<String, Class<? extends CultivationEvent>> TYPES = types();

  private EventFacts() {}

  @SuppressWarnings("unchecked")
  private static ImmutableMap<String, Class<? extends CultivationEvent>> types() {
    ImmutableMap.Builder<String, Class<? extends CultivationEvent>> types = ImmutableMap.builder();
    for (Class<?> type : CultivationEvent.class.getPermittedSubclasses()) {
      types.put(type.getSimpleName(), (Class<? extends CultivationEvent>) type);
    }
    return types.buildOrThrow();
  }

  /** The event type named by parameter {@code name}, or {@code fallback}. */
  static Class<? extends CultivationEvent> type(
      ConfiguredRule configuration, String name, Class<? extends CultivationEvent> fallback) {
    Optional<String> text = configuration.text(name);
    if (text.isEmpty()) {
      return fallback;
    }
    Class<? extends CultivationEvent> type = TYPES.get(text.get().strip());
    if (type == null) {
      throw configuration.error(name, "must name an event type such as SupervisionMeetingHeld, not '" + text.get() + "'");
    }
    return type;
  }

  /** The simple name of an event's model type. */
  static String typeName(Class<? extends CultivationEvent> type) {
    return type.getSimpleName();
  }

  /** Who acted in the event: attendees of a meeting, the initiator of a communication, and so on. */
  static Set<PersonId> actors(CultivationEvent event) {
    return ACTORS.get(event).apply(event);
  }

  /** The people an event refers to, as the actors of kinds that name no actor of their own. */
  private static Set<PersonId> peopleReferredTo(CultivationEvent event) {
    EventReferences references = event.references();
    return ImmutableSet.<PersonId>builder()
        .addAll(references.students())
        .addAll(references.tutors())
        .addAll(references.administrators())
        .build();
  }

  /** One entry per kind of event, so that a new kind must say who acts in it. */
  private static final EventKindTable<Function<CultivationEvent, Set<PersonId>>> ACTORS =
      EventKindTable.<Function<CultivationEvent, Set<PersonId>>>builder("the actors of events")
          .put(SupervisionMeetingHeld.class, e -> ((SupervisionMeetingHeld) e).attendees())
          .put(TutorsCommunicated.class, e -> Set.of(((TutorsCommunicated) e).initiator()))
          .put(FeedbackFollowedUp.class, e -> Set.of(((FeedbackFollowedUp) e).by()))
          .put(ProblemAcknowledged.class, e -> Set.of(((ProblemAcknowledged) e).by()))
          .put(HealthAdjustmentMade.class, e -> Set.of(((HealthAdjustmentMade) e).by()))
          .put(TrainingCompleted.class, e -> Set.of(((TrainingCompleted) e).tutor()))
          .put(ExchangeActivityRecorded.class, e -> Set.of(((ExchangeActivityRecorded) e).tutor()))
          .put(ExemptionGranted.class, e -> Set.of(((ExemptionGranted) e).decidedBy()))
          .put(CommitteeConvened.class, e -> ((CommitteeConvened) e).members().stream()
              .map(m -> m.person()).collect(java.util.stream.Collectors.toUnmodifiableSet()))
          .putAll(EventFacts::peopleReferredTo, ProgressReported.class, MilestoneReviewed.class, PublicationSubmitted.class,
              FundsAgreed.class, FundsDisbursed.class, FeedbackSubmitted.class, HealthAdjustmentRequested.class,
              IncidentReported.class, AchievementRecorded.class, LeaveTaken.class, TutorChanged.class,
              AgreementAmended.class, AgreementTerminated.class, MeasureProposed.class, MeasureDecided.class,
              MeasureAppealed.class, DeclaredEvent.class)
          .build();

  /** The event's kind (meeting kind, milestone, training kind...) as text, if it has one. */
  static Optional<String> kind(CultivationEvent event) {
    return KINDS.get(event).apply(event);
  }

  private static Optional<String> noKind(CultivationEvent event) {
    return Optional.empty();
  }

  /** One entry per kind of event, so that a new kind must say whether it has kinds to filter by. */
  private static final EventKindTable<Function<CultivationEvent, Optional<String>>> KINDS =
      EventKindTable.<Function<CultivationEvent, Optional<String>>>builder("the kinds of events")
          .put(SupervisionMeetingHeld.class, e -> Optional.of(((SupervisionMeetingHeld) e).kind().name()))
          .put(MilestoneReviewed.class, e -> Optional.of(((MilestoneReviewed) e).milestone().name()))
          .put(TrainingCompleted.class, e -> Optional.of(((TrainingCompleted) e).kind().name()))
          .put(ExchangeActivityRecorded.class, e -> Optional.of(((ExchangeActivityRecorded) e).kind().name()))
          .put(ProgressReported.class, e -> Optional.of(((ProgressReported) e).kind().name()))
          .put(DeclaredEvent.class, e -> Optional.of(((DeclaredEvent) e).kind()))
          .put(CommitteeConvened.class, e -> Optional.of(((CommitteeConvened) e).purpose()))
          .putAll(EventFacts::noKind, TutorsCommunicated.class, ProblemAcknowledged.class, PublicationSubmitted.class,
              FundsAgreed.class, FundsDisbursed.class, FeedbackSubmitted.class, FeedbackFollowedUp.class,
              HealthAdjustmentRequested.class, HealthAdjustmentMade.class, IncidentReported.class,
              AchievementRecorded.class, LeaveTaken.class, TutorChanged.class, AgreementAmended.class,
              AgreementTerminated.class, MeasureProposed.class, MeasureDecided.class, MeasureAppealed.class,
              ExemptionGranted.class)
          .build();

  /** For tests: the tables whose completeness they check. */
  static List<EventKindTable<?>> tables() {
    return List.of(ACTORS, KINDS);
  }

  /**
   * Whether a meeting's record is confirmed as Newcastle requires: by the student and by at least
   * one tutor who attended. Other events count as confirmed.
   */
  static boolean confirmed(CultivationEvent event) {
    if (event instanceof SupervisionMeetingHeld meeting) {
      return meeting.isConfirmedBy(meeting.student())
          && meeting.confirmedBy().stream().anyMatch(TutorId.class::isInstance);
    }
    return true;
  }
}
