package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;

/**
 * Something that happened in joint cultivation, on a day, with a stable identifier.
 *
 * <p>Events are facts: immutable, and only ever added to a {@link
 * org.jointcultivation.core.record.CultivationRecord}. The hierarchy is sealed, so code that
 * handles every kind of event can be checked for completeness.
 *
 * @since 0.1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(SupervisionMeetingHeld.class),
  @JsonSubTypes.Type(TutorsCommunicated.class),
  @JsonSubTypes.Type(ProgressReported.class),
  @JsonSubTypes.Type(ProblemAcknowledged.class),
  @JsonSubTypes.Type(MilestoneReviewed.class),
  @JsonSubTypes.Type(PublicationSubmitted.class),
  @JsonSubTypes.Type(FundsAgreed.class),
  @JsonSubTypes.Type(FundsDisbursed.class),
  @JsonSubTypes.Type(TrainingCompleted.class),
  @JsonSubTypes.Type(FeedbackSubmitted.class),
  @JsonSubTypes.Type(FeedbackFollowedUp.class),
  @JsonSubTypes.Type(HealthAdjustmentRequested.class),
  @JsonSubTypes.Type(HealthAdjustmentMade.class),
  @JsonSubTypes.Type(IncidentReported.class),
  @JsonSubTypes.Type(AchievementRecorded.class),
  @JsonSubTypes.Type(LeaveTaken.class),
  @JsonSubTypes.Type(TutorChanged.class),
  @JsonSubTypes.Type(AgreementAmended.class),
  @JsonSubTypes.Type(AgreementTerminated.class),
  @JsonSubTypes.Type(MeasureProposed.class),
  @JsonSubTypes.Type(MeasureDecided.class),
  @JsonSubTypes.Type(MeasureAppealed.class),
  @JsonSubTypes.Type(ExchangeActivityRecorded.class)
})
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
        ExchangeActivityRecorded {
  /** The stable identifier; a record holds at most one event per identifier. */
  EventId id();

  /** The day the event happened. */
  LocalDate date();

  /** Everything the event refers to, for validation and indexing. */
  EventReferences references();
}
