package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;

/**
 * The two tutors of a student communicated about the student (seed 1: the first person in charge takes the initiative).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("TutorsCommunicated")
@JsonSerialize(as = ImmutableTutorsCommunicated.class)
@JsonDeserialize(as = ImmutableTutorsCommunicated.class)
public abstract non-sealed class TutorsCommunicated implements CultivationEvent {
  private static final String TYPE = "TutorsCommunicated";

  TutorsCommunicated() {}

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

  /** The tutor who took the initiative. */
  public abstract TutorId initiator();

  /** The tutor contacted. */
  public abstract TutorId recipient();

  /** What it was about. */
  public abstract String topic();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().person(student()).person(initiator()).person(recipient()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.check(!initiator().equals(recipient()), TYPE, id(), "recipient", recipient(), "must differ from the initiator");
    Checks.text(TYPE, id(), "topic", topic());
  }

  /** Builds a {@link TutorsCommunicated}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableTutorsCommunicated.Builder {
    Builder() {}
  }
}
