package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;

/**
 * A recorded supervision meeting: who attended, what was discussed and agreed, and who confirmed the record.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("SupervisionMeetingHeld")
@JsonSerialize(as = ImmutableSupervisionMeetingHeld.class)
@JsonDeserialize(as = ImmutableSupervisionMeetingHeld.class)
public abstract non-sealed class SupervisionMeetingHeld implements CultivationEvent {
  private static final String TYPE = "SupervisionMeetingHeld";

  SupervisionMeetingHeld() {}

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

  /** What the meeting was for. */
  public abstract MeetingKind kind();

  /** Who attended from the student's side and the supervision team; at least one. */
  public abstract Set<PersonId> attendees();

  /** Attendees from outside the supervision team, marked as guests. */
  public abstract Set<PersonId> guests();

  /** Subjects discussed. */
  public abstract List<String> subjects();

  /** Outcomes agreed. */
  public abstract List<String> outcomes();

  /** Actions agreed, with owners and due dates. */
  public abstract List<ActionItem> actions();

  /** Attendees who confirmed the record (the student initiates it, supervisors confirm). */
  public abstract Set<PersonId> confirmedBy();

  /** Whether the record was confirmed by {@code person}. */
  public final boolean isConfirmedBy(PersonId person) {
    return confirmedBy().contains(java.util.Objects.requireNonNull(person, "person"));
  }
  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().person(student()).persons(attendees()).persons(guests()).persons(confirmedBy()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.check(!attendees().isEmpty(), TYPE, id(), "attendees", attendees(), "must name at least one attendee");
    for (PersonId guest : guests()) {
      Checks.check(!attendees().contains(guest), TYPE, id(), "guests", guest, "must not also be listed as an attendee");
    }
    for (PersonId confirmer : confirmedBy()) {
      Checks.check(attendees().contains(confirmer), TYPE, id(), "confirmedBy", confirmer, () -> "must be one of the attendees " + attendees());
    }
    for (ActionItem action : actions()) {
      Checks.check(!action.dueDate().isBefore(date()), TYPE, id(), "actions.dueDate", action.dueDate(), () -> "must not be before the meeting (" + date() + ")");
    }
    subjects().forEach(item -> Checks.text(TYPE, id(), "subjects", item));
    outcomes().forEach(item -> Checks.text(TYPE, id(), "outcomes", item));
  }

  /** Builds a {@link SupervisionMeetingHeld}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableSupervisionMeetingHeld.Builder {
    Builder() {}
  }
}
