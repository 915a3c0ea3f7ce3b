package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.PersonId;

/**
 * A decided exception (a waiver): it lifts the breach of one duty, for one case, as of the day it
 * is granted. The case is named by the id of the obligation instance the engine reported (a
 * student taken on while a reduced quota was in force, {@code no-new-students/T-7/E-3/S-9});
 * from this day on, that obligation is discharged on the day it was breached instead, and no
 * violation, proposal or measure counts it. An earlier day of evaluation still sees the breach.
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonTypeName("ExemptionGranted")
@JsonSerialize(as = ImmutableExemptionGranted.class)
@JsonDeserialize(as = ImmutableExemptionGranted.class)
public abstract non-sealed class ExemptionGranted implements CultivationEvent {
  private static final String TYPE = "ExemptionGranted";

  ExemptionGranted() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The event's stable identifier, unique within a record. */
  @Override
  public abstract EventId id();

  /** The day the exemption was granted. */
  @Override
  public abstract LocalDate date();

  /** Whose duty it lifts: the student, tutor, institution or agreement the obligation is about. */
  public abstract org.jointcultivation.core.party.PartyId subject();

  /** The id of the obligation instance it lifts, as the assessment reports it. */
  public abstract String obligation();

  /** Who granted it. */
  public abstract PersonId decidedBy();

  /** The reasons given. */
  public abstract String reasons();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().party(subject()).person(decidedBy()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.text(TYPE, id(), "obligation", obligation());
    Checks.text(TYPE, id(), "reasons", reasons());
  }

  /** Builds an {@link ExemptionGranted}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableExemptionGranted.Builder {
    Builder() {}
  }
}
