package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.TutorId;

/**
 * A tutor completed training.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("TrainingCompleted")
@JsonSerialize(as = ImmutableTrainingCompleted.class)
@JsonDeserialize(as = ImmutableTrainingCompleted.class)
public abstract non-sealed class TrainingCompleted implements CultivationEvent {
  private static final String TYPE = "TrainingCompleted";

  TrainingCompleted() {}

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

  /** The tutor. */
  public abstract TutorId tutor();

  /** The kind of training. */
  public abstract TrainingKind kind();

  /** How many hours it took; positive. */
  public abstract int hours();

  /** Who provided it, if recorded. */
  public abstract Optional<InstitutionId> provider();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().person(tutor()).institutions(provider().stream().toList()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.positive(TYPE, id(), "hours", hours());
  }

  /** Builds a {@link TrainingCompleted}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableTrainingCompleted.Builder {
    Builder() {}
  }
}
