package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Something that happened in joint cultivation, on a day, with a stable identifier.
 *
 * <p>Events are facts: immutable, and only ever added to a {@link
 * org.jointcultivation.core.record.CultivationRecord}. The hierarchy is sealed, so code that
 * handles every kind of event can be checked for completeness.
 *
 * @since 0.1.0
 */
// The subtypes are the permitted ones, registered by CultivationJson from this sealed list: one
// place to add a kind (with its @JsonTypeName).
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public sealed interface CultivationEvent
    permits SupervisionMeetingHeld,
        TutorsCommunicated,
        ProgressReported,
        ProblemAcknowledged,
        MilestoneReviewed,
        PublicationSubmitted,
        FundsAgreed,
        FundsDisbursed,
        TrainingCompleted,
        FeedbackSubmitted,
        FeedbackFollowedUp,
        HealthAdjustmentRequested,
        HealthAdjustmentMade,
        IncidentReported,
        AchievementRecorded,
        LeaveTaken,
        TutorChanged,
        AgreementAmended,
        AgreementTerminated,
        MeasureProposed,
        MeasureDecided,
        MeasureAppealed,
        ExemptionGranted,
        CommitteeConvened,
        ExchangeActivityRecorded,
        DeclaredEvent {
  /** The stable identifier; a record holds at most one event per identifier. */
  EventId id();

  /** The day the event happened. */
  LocalDate date();

  /**
   * The day the event was entered in the record, if known, as distinct from the day it happened:
   * a meeting held on the 3rd and recorded on the 20th. Never before {@link #date()}.
   *
   * @since 0.2.0
   */
  Optional<LocalDate> recordedOn();

  /** Everything the event refers to, for validation and indexing. */
  EventReferences references();
}
