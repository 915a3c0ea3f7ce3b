package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jointcultivation.core.agreement.TutorPosition;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;

/**
 * One of a student's tutors was replaced; the new {@link org.jointcultivation.core.agreement.DualTutorAssignment} records the team from then on.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("TutorChanged")
@JsonSerialize(as = ImmutableTutorChanged.class)
@JsonDeserialize(as = ImmutableTutorChanged.class)
public abstract non-sealed class TutorChanged implements CultivationEvent {
  private static final String TYPE = "TutorChanged";

  TutorChanged() {}

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

  /** Which position changed. */
  public abstract TutorPosition position();

  /** The tutor replaced. */
  public abstract TutorId previous();

  /** The new tutor. */
  public abstract TutorId replacement();

  /** Why; a refusal must also give reasons. */
  public abstract String reason();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().person(student()).person(previous()).person(replacement()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.check(!previous().equals(replacement()), TYPE, id(), "replacement", replacement(), "must differ from the previous tutor");
    Checks.text(TYPE, id(), "reason", reason());
  }

  /** Builds a {@link TutorChanged}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableTutorChanged.Builder {
    Builder() {}
  }
}
