package org.jointcultivation.core.agreement;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.Money;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.InstitutionId;

/**
 * Who provides research funds. Without an {@link #amount()} the funds are "by mutual agreement":
 * a later {@link org.jointcultivation.core.event.FundsAgreed} event fixes the amount.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("FundingClause")
@JsonSerialize(as = ImmutableFundingClause.class)
@JsonDeserialize(as = ImmutableFundingClause.class)
public abstract non-sealed class FundingClause implements AgreementClause {
  FundingClause() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String reference();

  /** The parties that provide the funds; at least one, each a party to the agreement. */
  public abstract Set<InstitutionId> funders();

  /** The amount, when the agreement fixes it; empty when it is fixed later by mutual agreement. */
  public abstract Optional<Money> amount();

  /** What the funds are for, e.g. {@code "experiments of joint trainees"}. */
  public abstract String purpose();

  /** Whether the amount is left to a later agreement between the parties. */
  public final boolean byMutualAgreement() {
    return amount().isEmpty();
  }

  @Value.Check
  void check() {
    Checks.name("FundingClause", reference(), "reference", reference());
    Checks.text("FundingClause", reference(), "purpose", purpose());
    Checks.check(
        !funders().isEmpty(),
        "FundingClause",
        reference(),
        "funders",
        funders(),
        "must name at least one funder");
  }

  /** Builds a {@link FundingClause}. */
  public static final class Builder extends ImmutableFundingClause.Builder {
    Builder() {}
  }
}
