package org.jointcultivation.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A durable record that an obligation was breached: it stays in the assessment even when the duty
 * was fulfilled late, because sanctions read history.
 *
 * @param obligation the instance breached
 * @param date the day of the breach (the deadline passed, the period ended short, the act done)
 * @since 0.1.0
 */
public record Violation(ObligationInstance obligation, LocalDate date) {
  /** Checks that nothing is missing. */
  public Violation {
    Objects.requireNonNull(obligation, "obligation");
    Objects.requireNonNull(date, "date");
  }

  /** The rule breached. */
  public String ruleId() {
    return obligation.ruleId();
  }

  /** Why, in one sentence. */
  public Explanation explanation() {
    return obligation.explanation();
  }

  @Override
  public String toString() {
    return date + " " + obligation.ruleId() + ": " + obligation.explanation().sentence();
  }
}
