package org.jointcultivation.rules.spi;

import java.util.List;
import org.jointcultivation.rules.ObligationInstance;

/**
 * A rule ready to evaluate: for one subject (a student, tutor or agreement, as its {@link #scope()}
 * says), it returns the obligation instances it finds, each with its lifecycle and explanation.
 *
 * <p>A rule must be a pure function of its context: no clock, no randomness, no shared mutable
 * state. If it throws, the engine records a {@link org.jointcultivation.rules.RuleError} for that
 * rule and subject and goes on with the rest.
 *
 * @since 0.1.0
 */
public interface Rule {
  /** The rule's id, unique in an engine. */
  String id();

  /** What the rule is evaluated for. */
  RuleScope scope();

  /**
   * Evaluates the rule for the context's subject.
   *
   * @param context the record, the day, the subject and the rule's configuration
   * @return the instances found, in any order
   */
  List<ObligationInstance> evaluate(RuleContext context);
}
