package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.PersonId;

/**
 * The subject of a decided measure appealed.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("MeasureAppealed")
@JsonSerialize(as = ImmutableMeasureAppealed.class)
@JsonDeserialize(as = ImmutableMeasureAppealed.class)
public abstract non-sealed class MeasureAppealed implements CultivationEvent {
  private static final String TYPE = "MeasureAppealed";

  MeasureAppealed() {}

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

  /** The {@link MeasureDecided} event appealed. */
  public abstract EventId decision();

  /** Who appealed: the decision's subject (for an institution, its office on its behalf). */
  public abstract org.jointcultivation.core.party.PartyId subject();

  /** The grounds of the appeal. */
  public abstract String grounds();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().party(subject()).event(decision()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.text(TYPE, id(), "grounds", grounds());
  }

  /** Builds a {@link MeasureAppealed}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableMeasureAppealed.Builder {
    Builder() {}
  }
}
