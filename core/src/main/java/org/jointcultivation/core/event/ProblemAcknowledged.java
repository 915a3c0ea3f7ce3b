package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;

/**
 * A tutor acknowledged the problems raised in a progress report ("early detection and early solution").
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("ProblemAcknowledged")
@JsonSerialize(as = ImmutableProblemAcknowledged.class)
@JsonDeserialize(as = ImmutableProblemAcknowledged.class)
public abstract non-sealed class ProblemAcknowledged implements CultivationEvent {
  private static final String TYPE = "ProblemAcknowledged";

  ProblemAcknowledged() {}

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

  /** The {@link ProgressReported} event acknowledged. */
  public abstract EventId report();

  /** The tutor who acknowledged. */
  public abstract TutorId by();

  /** What the tutor said or did. */
  public abstract String response();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().person(student()).person(by()).event(report()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.text(TYPE, id(), "response", response());
  }

  /** Builds a {@link ProblemAcknowledged}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableProblemAcknowledged.Builder {
    Builder() {}
  }
}
