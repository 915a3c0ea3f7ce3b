package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.StudentId;

/**
 * A trainee asked for the training programme to be adjusted to a physical or mental health need.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("HealthAdjustmentRequested")
@JsonSerialize(as = ImmutableHealthAdjustmentRequested.class)
@JsonDeserialize(as = ImmutableHealthAdjustmentRequested.class)
public abstract non-sealed class HealthAdjustmentRequested implements CultivationEvent {
  private static final String TYPE = "HealthAdjustmentRequested";

  HealthAdjustmentRequested() {}

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

  /** The kind of need. */
  public abstract HealthNeed need();

  /** What is needed. */
  public abstract String description();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().person(student()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.text(TYPE, id(), "description", description());
  }

  /** Builds a {@link HealthAdjustmentRequested}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableHealthAdjustmentRequested.Builder {
    Builder() {}
  }
}
