package org.jointcultivation.core.agreement;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * How long trainees must spend at the host: a minimum duration (longer for fresh graduates, as in
 * the Ministry of Education's 2009 rule for professional master's) and a minimum share of time.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("PlacementClause")
@JsonSerialize(as = ImmutablePlacementClause.class)
@JsonDeserialize(as = ImmutablePlacementClause.class)
public abstract non-sealed class PlacementClause implements AgreementClause {
  PlacementClause() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String reference();

  /** The least total time in placement, e.g. {@code P6M}. */
  public abstract Optional<Period> minimumDuration();

  /** The least total time for fresh graduates, e.g. {@code P12M}; defaults to the general one. */
  public abstract Optional<Period> minimumDurationForFreshGraduates();

  /** The least share of programme time at the host, in percent (1 to 100). */
  public abstract Optional<Integer> minimumShareOfTimePercent();

  @Value.Check
  void check() {
    Checks.name("PlacementClause", reference(), "reference", reference());
    minimumDuration()
        .ifPresent(p -> Checks.positive("PlacementClause", reference(), "minimumDuration", p));
    minimumDurationForFreshGraduates()
        .ifPresent(
            p ->
                Checks.positive(
                    "PlacementClause", reference(), "minimumDurationForFreshGraduates", p));
    minimumShareOfTimePercent()
        .ifPresent(
            share ->
                Checks.check(
                    share >= 1 && share <= 100,
                    "PlacementClause",
                    reference(),
                    "minimumShareOfTimePercent",
                    share,
                    "must be between 1 and 100"));
    Checks.check(
        minimumDuration().isPresent()
            || minimumDurationForFreshGraduates().isPresent()
            || minimumShareOfTimePercent().isPresent(),
        "PlacementClause",
        reference(),
        "minimumDuration",
        "empty",
        "must be set, or a fresh-graduate duration or a share of time must be");
  }

  /** Builds a {@link PlacementClause}. */
  public static final class Builder extends ImmutablePlacementClause.Builder {
    Builder() {}
  }
}
