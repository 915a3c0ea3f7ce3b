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
 * The training programme was adjusted in answer to a health request.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("HealthAdjustmentMade")
@JsonSerialize(as = ImmutableHealthAdjustmentMade.class)
@JsonDeserialize(as = ImmutableHealthAdjustmentMade.class)
public abstract non-sealed class HealthAdjustmentMade implements CultivationEvent {
  private static final String TYPE = "HealthAdjustmentMade";

  HealthAdjustmentMade() {}

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

  /** The {@link HealthAdjustmentRequested} event answered. */
  public abstract EventId request();

  /** Who made the adjustment. */
  public abstract PersonId by();

  /** What was changed. */
  public abstract String adjustment();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().person(student()).person(by()).event(request()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.text(TYPE, id(), "adjustment", adjustment());
  }

  /** Builds a {@link HealthAdjustmentMade}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableHealthAdjustmentMade.Builder {
    Builder() {}
  }
}
