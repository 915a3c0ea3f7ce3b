package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.PersonId;

/**
 * People decided on a proposed measure.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("MeasureDecided")
@JsonSerialize(as = ImmutableMeasureDecided.class)
@JsonDeserialize(as = ImmutableMeasureDecided.class)
public abstract non-sealed class MeasureDecided implements CultivationEvent {
  private static final String TYPE = "MeasureDecided";

  MeasureDecided() {}

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

  /** The {@link MeasureProposed} event decided. */
  public abstract EventId proposal();

  /** Who the measure is for: the proposal's subject. */
  public abstract org.jointcultivation.core.party.PartyId subject();

  /** Approved, modified or rejected. */
  public abstract Decision decision();

  /** The measure as decided; required when modified, absent when rejected. */
  public abstract Optional<Measure> decidedMeasure();

  /** Who decided. */
  public abstract PersonId decidedBy();

  /** The reasons given. */
  public abstract String reasons();

  /** How long the subject has to appeal, if they may. */
  public abstract Optional<Period> appealWindow();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().party(subject()).person(decidedBy()).event(proposal()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.text(TYPE, id(), "reasons", reasons());
    Checks.check(decision() != Decision.MODIFIED || decidedMeasure().isPresent(), TYPE, id(), "decidedMeasure", "empty", "must be set when the decision is MODIFIED");
    Checks.check(decision() != Decision.REJECTED || decidedMeasure().isEmpty(), TYPE, id(), "decidedMeasure", decidedMeasure(), "must be empty when the decision is REJECTED");
    appealWindow().ifPresent(window -> Checks.positive(TYPE, id(), "appealWindow", window));
  }

  /** Builds a {@link MeasureDecided}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableMeasureDecided.Builder {
    Builder() {}
  }
}
