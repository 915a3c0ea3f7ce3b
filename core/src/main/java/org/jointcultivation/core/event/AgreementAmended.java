package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.internal.Checks;

/**
 * An amendment to an agreement was signed; its content is the agreement's {@link org.jointcultivation.core.agreement.Amendment}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("AgreementAmended")
@JsonSerialize(as = ImmutableAgreementAmended.class)
@JsonDeserialize(as = ImmutableAgreementAmended.class)
public abstract non-sealed class AgreementAmended implements CultivationEvent {
  private static final String TYPE = "AgreementAmended";

  AgreementAmended() {}

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

  /** The agreement amended. */
  public abstract AgreementId agreement();

  /** The amendment's number. */
  public abstract int amendmentNumber();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().agreement(agreement()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.positive(TYPE, id(), "amendmentNumber", amendmentNumber());
  }

  /** Builds a {@link AgreementAmended}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableAgreementAmended.Builder {
    Builder() {}
  }
}
