package org.jointcultivation.rules.spi;

import java.util.List;
import org.jointcultivation.rules.ObligationInstance;

/**
 * A rule ready to evaluate: for one subject (a student, tutor or agreement, as its {@link #scope()}
 * says), it returns the obligation instances it finds, each with its lifecycle and explanation.
 *
 * <p><b>What the engine requires of a rule.</b> It is a pure function of its context: no clock, no
 * randomness, no shared mutable state; it may be called on any thread, and concurrently. It reads
 * only its subject's, the subject's tutors' and agreements' part of the record (sessions evaluate
 * again only the subjects an event names). It returns a list, without nulls, of obligations about
 * its context's subject only, each with an id of its own space, {@link RuleContext#obligationId},
 * unique in the list. It returns within the engine's time budget ({@link
 * org.jointcultivation.rules.RuleEngine.Builder#ruleTimeBudget}) and answers interruption.
 *
 * <p><b>What the engine guarantees.</b> A rule that breaks any of these, or throws anything (an
 * {@link Error} included; only an {@link OutOfMemoryError} or another virtual machine error other
 * than a stack overflow goes on up), costs only its own findings for that subject: the engine
 * records one {@link org.jointcultivation.rules.RuleError} for that rule and subject, keeps none of
 * what it returned, and completes the rest of the evaluation. A third party's rule runs on a
 * daemon thread of the engine's pool while the evaluation waits; past its budget the evaluation
 * goes on and the thread is interrupted, and a rule that ignores interruption keeps that thread
 * busy until it returns.
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
