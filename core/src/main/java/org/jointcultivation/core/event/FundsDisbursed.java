package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jointcultivation.core.Money;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.StudentId;

/**
 * Research funds were paid out.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("FundsDisbursed")
@JsonSerialize(as = ImmutableFundsDisbursed.class)
@JsonDeserialize(as = ImmutableFundsDisbursed.class)
public abstract non-sealed class FundsDisbursed implements CultivationEvent {
  private static final String TYPE = "FundsDisbursed";

  FundsDisbursed() {}

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

  /** Who paid. */
  public abstract InstitutionId funder();

  /** The student the funds are for, if one. */
  public abstract Optional<StudentId> student();

  /** The amount paid. */
  public abstract Money amount();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().agreement(agreement()).institution(funder()).persons(student().stream().toList()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
  }

  /** Builds a {@link FundsDisbursed}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableFundsDisbursed.Builder {
    Builder() {}
  }
}
