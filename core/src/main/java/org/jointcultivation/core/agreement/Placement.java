package org.jointcultivation.core.agreement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jointcultivation.core.DateRange;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.StudentId;

/**
 * A period a student spends at a host institution: in a laboratory, a clinic or an enterprise.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlacement.class)
@JsonDeserialize(as = ImmutablePlacement.class)
public abstract class Placement {
  Placement() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The student placed. */
  public abstract StudentId student();

  /** The agreement under which the placement happens. */
  public abstract AgreementId agreement();

  /** The host; a party to the agreement. */
  public abstract InstitutionId host();

  /** What the student does there. */
  public abstract PlacementKind kind();

  /** The first day at the host. */
  public abstract LocalDate startDate();

  /** The last day at the host, once known. */
  public abstract Optional<LocalDate> endDate();

  /** The days of the placement. */
  public final DateRange period() {
    return endDate().map(end -> DateRange.of(startDate(), end)).orElse(DateRange.from(startDate()));
  }

  @Value.Check
  void check() {
    Checks.endNotBeforeStart("Placement", student() + "@" + host(), startDate(), endDate());
  }

  /** Builds a {@link Placement}. */
  public static final class Builder extends ImmutablePlacement.Builder {
    Builder() {}
  }
}
