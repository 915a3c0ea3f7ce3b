package org.jointcultivation.core.agreement;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.InstitutionId;

/**
 * Whose regulations govern the trainees (discipline, sanctions, degrees), in order of precedence:
 * where two parties' regulations conflict, the earlier one wins.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("GoverningRegulationsClause")
@JsonSerialize(as = ImmutableGoverningRegulationsClause.class)
@JsonDeserialize(as = ImmutableGoverningRegulationsClause.class)
public abstract non-sealed class GoverningRegulationsClause implements AgreementClause {
  GoverningRegulationsClause() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String reference();

  /** Parties whose regulations govern, highest precedence first; at least one, no repeats. */
  public abstract List<InstitutionId> precedence();

  @Value.Check
  void check() {
    Checks.name("GoverningRegulationsClause", reference(), "reference", reference());
    Checks.check(
        !precedence().isEmpty(),
        "GoverningRegulationsClause",
        reference(),
        "precedence",
        precedence(),
        "must name at least one institution");
    Checks.check(
        new HashSet<>(precedence()).size() == precedence().size(),
        "GoverningRegulationsClause",
        reference(),
        "precedence",
        precedence(),
        "must not name an institution twice");
  }

  /** Builds a {@link GoverningRegulationsClause}. */
  public static final class Builder extends ImmutableGoverningRegulationsClause.Builder {
    Builder() {}
  }
}
