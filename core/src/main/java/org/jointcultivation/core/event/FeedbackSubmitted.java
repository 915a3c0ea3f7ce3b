package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;

/**
 * A trainee gave feedback, at a seminar or on the evaluation platform; it must be followed up.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("FeedbackSubmitted")
@JsonSerialize(as = ImmutableFeedbackSubmitted.class)
@JsonDeserialize(as = ImmutableFeedbackSubmitted.class)
public abstract non-sealed class FeedbackSubmitted implements CultivationEvent {
  private static final String TYPE = "FeedbackSubmitted";

  FeedbackSubmitted() {}

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

  /** Where the feedback was given. */
  public abstract FeedbackChannel channel();

  /** What it is about. */
  public abstract FeedbackTopic topic();

  /** The tutor it concerns, if one. */
  public abstract Optional<TutorId> about();

  /** The feedback. */
  public abstract String text();

  /** Whether tutors may only see it in aggregate; true unless set. */
  @Value.Default
  public boolean anonymous() {
    return true;
  }

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().person(student()).persons(about().stream().toList()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.text(TYPE, id(), "text", text());
  }

  /** Builds a {@link FeedbackSubmitted}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableFeedbackSubmitted.Builder {
    Builder() {}
  }
}
