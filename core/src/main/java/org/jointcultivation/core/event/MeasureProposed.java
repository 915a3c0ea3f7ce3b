package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.PersonId;

/**
 * A reward or sanction was proposed, with its reasons; people decide.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("MeasureProposed")
@JsonSerialize(as = ImmutableMeasureProposed.class)
@JsonDeserialize(as = ImmutableMeasureProposed.class)
public abstract non-sealed class MeasureProposed implements CultivationEvent {
  private static final String TYPE = "MeasureProposed";

  MeasureProposed() {}

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

  /**
   * Who the measure is for: a student or tutor, an institution or a unit of one (a degree
   * programme), or an agreement. Before 0.2.0 a person only.
   */
  public abstract org.jointcultivation.core.party.PartyId subject();

  /** The measure proposed. */
  public abstract Measure measure();

  /** Why. */
  public abstract String reason();

  /** The events that support the proposal. */
  public abstract Set<EventId> evidence();

  /** Who proposed it, if a person did. */
  public abstract Optional<PersonId> proposedBy();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().party(subject()).persons(proposedBy().stream().toList()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.text(TYPE, id(), "reason", reason());
  }

  /** Builds a {@link MeasureProposed}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableMeasureProposed.Builder {
    Builder() {}
  }
}
