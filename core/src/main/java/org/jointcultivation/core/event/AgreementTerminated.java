package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.TerminationGround;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.StudentId;

/**
 * An agreement, or one student's joint cultivation under it, was terminated.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("AgreementTerminated")
@JsonSerialize(as = ImmutableAgreementTerminated.class)
@JsonDeserialize(as = ImmutableAgreementTerminated.class)
public abstract non-sealed class AgreementTerminated implements CultivationEvent {
  private static final String TYPE = "AgreementTerminated";

  AgreementTerminated() {}

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

  /** The agreement. */
  public abstract AgreementId agreement();

  /** The student whose joint cultivation ends; empty when the whole agreement ends. */
  public abstract Optional<StudentId> student();

  /** Why. */
  public abstract TerminationGround ground();

  /** The reasons given. */
  public abstract String explanation();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().agreement(agreement()).persons(student().stream().toList()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.text(TYPE, id(), "explanation", explanation());
  }

  /** Builds a {@link AgreementTerminated}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableAgreementTerminated.Builder {
    Builder() {}
  }
}
