package org.jointcultivation.rules.internal;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.Map;

/** A compiled condition: evaluated once per subject, safe on any thread. */
public final class Condition {
  private final String expression;
  private final CelRuntime.Program program;

  Condition(String expression, CelRuntime.Program program) {
    this.expression = expression;
    this.program = program;
  }

  /** The expression as written. */
  public String expression() {
    return expression;
  }

  /**
   * Whether the condition holds for {@code variables} ({@link ConditionVariables}).
   *
   * @throws IllegalStateException if it cannot be evaluated, e.g. it reads an attribute this
   *     subject does not have; the message says which condition and why
   */
  public boolean test(Map<String, Object> variables) {
    try {
      return (Boolean) program.eval(variables);
    } catch (CelEvaluationException e) {
      throw new IllegalStateException("condition '" + expression + "' cannot be evaluated: " + e.getMessage()
          + " (guard an attribute a subject may lack with has(), e.g. has(tutor.rank) && tutor.rank == 'ASSISTANT')",
          e);
    }
  }

  @Override
  public String toString() {
    return expression;
  }
}
