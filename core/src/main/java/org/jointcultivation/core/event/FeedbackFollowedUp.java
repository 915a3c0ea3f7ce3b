package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;

/**
 * Someone followed up a trainee's feedback.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("FeedbackFollowedUp")
@JsonSerialize(as = ImmutableFeedbackFollowedUp.class)
@JsonDeserialize(as = ImmutableFeedbackFollowedUp.class)
public abstract non-sealed class FeedbackFollowedUp implements CultivationEvent {
  private static final String TYPE = "FeedbackFollowedUp";

  FeedbackFollowedUp() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The event's stable identifier, unique within a record. */
  @Override
  public abstract EventId id();

  /** The day the event happened. */
  @Override
  public abstract LocalDate date();

  /** The student concerned. */
  public abstract StudentId student();

  /** The {@link FeedbackSubmitted} event followed up. */
  public abstract EventId feedback();

  /** Who followed it up. */
  public abstract PersonId by();

  /** What was done. */
  public abstract String action();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().person(student()).person(by()).event(feedback()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.text(TYPE, id(), "action", action());
  }

  /** Builds a {@link FeedbackFollowedUp}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableFeedbackFollowedUp.Builder {
    Builder() {}
  }
}
