package org.jointcultivation.core.agreement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.DateRange;
import org.jointcultivation.core.internal.Checks;

/**
 * A numbered change to an agreement, in effect for its own period: its clauses replace the
 * agreement's clauses of the same reference (or add new ones) and it may remove clauses.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAmendment.class)
@JsonDeserialize(as = ImmutableAmendment.class)
public abstract class Amendment {
  Amendment() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The amendment's number, from 1; amendments apply in this order. */
  public abstract int number();

  /** What the amendment changes, in a sentence. */
  public abstract String summary();

  /** The first day the amendment is in effect. */
  public abstract LocalDate startDate();

  /** The last day the amendment is in effect; empty while the agreement lasts. */
  public abstract Optional<LocalDate> endDate();

  /** Clauses that replace those with the same reference, or are added. */
  public abstract List<AgreementClause> clauses();

  /** References of clauses that the amendment removes. */
  public abstract Set<String> removedClauses();

  /** The days the amendment is in effect. */
  public final DateRange validity() {
    return endDate().map(end -> DateRange.of(startDate(), end)).orElse(DateRange.from(startDate()));
  }

  @Value.Check
  void check() {
    String subject = "#" + number();
    Checks.positive("Amendment", subject, "number", number());
    Checks.text("Amendment", subject, "summary", summary());
    Checks.endNotBeforeStart("Amendment", subject, startDate(), endDate());
    Checks.check(
        !clauses().isEmpty() || !removedClauses().isEmpty(),
        "Amendment",
        subject,
        "clauses",
        clauses(),
        "must change or remove at least one clause");
  }

  /** Builds an {@link Amendment}. */
  public static final class Builder extends ImmutableAmendment.Builder {
    Builder() {}
  }
}
