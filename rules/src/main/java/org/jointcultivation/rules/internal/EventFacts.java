package org.jointcultivation.rules.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.event.CultivationEvent;
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
    if (event instanceof SupervisionMeetingHeld meeting) {
      return meeting.attendees();
    } else if (event instanceof TutorsCommunicated communication) {
      return Set.of(communication.initiator());
    } else if (event instanceof FeedbackFollowedUp followUp) {
      return Set.of(followUp.by());
    } else if (event instanceof ProblemAcknowledged acknowledgement) {
      return Set.of(acknowledgement.by());
    } else if (event instanceof HealthAdjustmentMade adjustment) {
      return Set.of(adjustment.by());
    } else if (event instanceof TrainingCompleted training) {
      return Set.of(training.tutor());
    } else if (event instanceof ExchangeActivityRecorded exchange) {
      return Set.of(exchange.tutor());
    }
    EventReferences references = event.references();
    return ImmutableSet.<PersonId>builder()
        .addAll(references.students())
        .addAll(references.tutors())
        .addAll(references.administrators())
        .build();
  }

  /** The event's kind (meeting kind, milestone, training kind...) as text, if it has one. */
  static Optional<String> kind(CultivationEvent event) {
    if (event instanceof SupervisionMeetingHeld meeting) {
      return Optional.of(meeting.kind().name());
    } else if (event instanceof MilestoneReviewed review) {
      return Optional.of(review.milestone().name());
    } else if (event instanceof TrainingCompleted training) {
      return Optional.of(training.kind().name());
    } else if (event instanceof ExchangeActivityRecorded exchange) {
      return Optional.of(exchange.kind().name());
    } else if (event instanceof ProgressReported report) {
      return Optional.of(report.kind().name());
    }
    return Optional.empty();
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
