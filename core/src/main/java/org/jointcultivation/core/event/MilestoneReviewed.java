package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.StudentId;

/**
 * A milestone (annual review, mid-term review, defence) was reviewed by a panel.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("MilestoneReviewed")
@JsonSerialize(as = ImmutableMilestoneReviewed.class)
@JsonDeserialize(as = ImmutableMilestoneReviewed.class)
public abstract non-sealed class MilestoneReviewed implements CultivationEvent {
  private static final String TYPE = "MilestoneReviewed";

  MilestoneReviewed() {}

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

  /** The milestone. */
  public abstract Milestone milestone();

  /** The outcome. */
  public abstract ReviewOutcome outcome();

  /** How many experts sat on the panel; 1 unless set. */
  @Value.Default
  public int panelSize() {
    return 1;
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
    Checks.positive(TYPE, id(), "panelSize", panelSize());
  }

  /** Builds a {@link MilestoneReviewed}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableMilestoneReviewed.Builder {
    Builder() {}
  }
}
