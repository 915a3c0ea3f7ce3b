package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.PersonId;

/**
 * An incident (negligence, misconduct, insubordination) by a student or tutor was reported.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("IncidentReported")
@JsonSerialize(as = ImmutableIncidentReported.class)
@JsonDeserialize(as = ImmutableIncidentReported.class)
public abstract non-sealed class IncidentReported implements CultivationEvent {
  private static final String TYPE = "IncidentReported";

  IncidentReported() {}

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

  /** Whose conduct it concerns. */
  public abstract PersonId subject();

  /** What happened. */
  public abstract IncidentKind kind();

  /** How serious it is. */
  public abstract Severity severity();

  /** What happened, in words. */
  public abstract String description();

  /** Who reported it, if recorded. */
  public abstract Optional<PersonId> reportedBy();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().person(subject()).persons(reportedBy().stream().toList()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.text(TYPE, id(), "description", description());
  }

  /** Builds a {@link IncidentReported}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableIncidentReported.Builder {
    Builder() {}
  }
}
