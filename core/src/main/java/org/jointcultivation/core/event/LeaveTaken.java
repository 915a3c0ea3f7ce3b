package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.StudentId;

/**
 * A student is on leave or suspended from {@link #date()}; duties may be suspended meanwhile.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("LeaveTaken")
@JsonSerialize(as = ImmutableLeaveTaken.class)
@JsonDeserialize(as = ImmutableLeaveTaken.class)
public abstract non-sealed class LeaveTaken implements CultivationEvent {
  private static final String TYPE = "LeaveTaken";

  LeaveTaken() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The event's stable identifier, unique within a record. */
  @Override
  public abstract EventId id();

  /** The first day away. */
  @Override
  public abstract LocalDate date();

  /** The student concerned. */
  public abstract StudentId student();

  /** Why. */
  public abstract LeaveKind kind();

  /** The last day away; empty while it lasts. */
  public abstract Optional<LocalDate> endDate();

  /** The days away. */
  public final org.jointcultivation.core.DateRange period() {
    return endDate()
        .map(end -> org.jointcultivation.core.DateRange.of(date(), end))
        .orElse(org.jointcultivation.core.DateRange.from(date()));
  }
  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().person(student()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.endNotBeforeStart(TYPE, id(), date(), endDate());
  }

  /** Builds a {@link LeaveTaken}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableLeaveTaken.Builder {
    Builder() {}
  }
}
