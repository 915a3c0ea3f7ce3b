package org.jointcultivation.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated step in an obligation's lifecycle.
 *
 * @param date the day the state was entered
 * @param state the state entered
 * @param reason why, in words (e.g. {@code "deadline 2025-10-01 passed"})
 * @since 0.1.0
 */
public record StateTransition(LocalDate date, ObligationState state, String reason) {
  /** Checks that nothing is missing. */
  public StateTransition {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return date + " " + state + " (" + reason + ")";
  }
}
