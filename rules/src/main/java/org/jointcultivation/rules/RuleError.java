package org.jointcultivation.rules;

import java.util.Objects;

/**
 * A rule that failed for one subject; the rest of the evaluation completed without it.
 *
 * @param ruleId the rule that failed
 * @param subject the student, tutor or agreement it was evaluating
 * @param exceptionType the failure's class name
 * @param message the failure's message
 * @since 0.1.0
 */
public record RuleError(String ruleId, Subject subject, String exceptionType, String message) {
  /** Checks that nothing is missing. */
  public RuleError {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(exceptionType, "exceptionType");
    Objects.requireNonNull(message, "message");
  }
}
