package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.TutorId;

/**
 * A school teacher practised in an enterprise, or an enterprise expert taught at the school (seed 2).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("ExchangeActivityRecorded")
@JsonSerialize(as = ImmutableExchangeActivityRecorded.class)
@JsonDeserialize(as = ImmutableExchangeActivityRecorded.class)
public abstract non-sealed class ExchangeActivityRecorded implements CultivationEvent {
  private static final String TYPE = "ExchangeActivityRecorded";

  ExchangeActivityRecorded() {}

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

  /** The teacher or expert. */
  public abstract TutorId tutor();

  /** Where the activity took place. */
  public abstract InstitutionId host();

  /** Which direction. */
  public abstract ExchangeKind kind();

  /** How many hours; positive. */
  public abstract int hours();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().person(tutor()).institution(host()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.positive(TYPE, id(), "hours", hours());
  }

  /** Builds a {@link ExchangeActivityRecorded}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableExchangeActivityRecorded.Builder {
    Builder() {}
  }
}
