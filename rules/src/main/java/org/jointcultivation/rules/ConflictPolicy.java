package org.jointcultivation.rules;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The ordered pipeline that resolves conflicts between norm sources: deciding steps in order,
 * then one fallback.
 *
 * @param steps the deciding steps, in order, each at most once; no fallback among them
 * @param fallback what decides when no step can: {@link ResolutionStep#STRICTER_PARAMETER},
 *     {@link ResolutionStep#BOTH_APPLY} or {@link ResolutionStep#ESCALATE}
 * @since 0.1.0
 */
public record ConflictPolicy(List<ResolutionStep> steps, ResolutionStep fallback) {
  /**
   * Checks the pipeline.
   *
   * @throws RuleConfigurationException if a step repeats (a cycle in the precedence order), a
   *     fallback is used as a step, or the fallback is not a fallback
   */
  public ConflictPolicy {
    steps = ImmutableList.copyOf(steps);
    Objects.requireNonNull(fallback, "fallback");
    if (new HashSet<>(steps).size() != steps.size()) {
      throw new RuleConfigurationException(
          null, null, "steps", "precedence order " + steps + " repeats a step, which makes a cycle");
    }
    for (ResolutionStep step : steps) {
      if (step.isFallback()) {
        throw new RuleConfigurationException(
            null, null, "steps", step + " is a fallback and may only be the fallback");
      }
    }
    if (!fallback.isFallback()) {
      throw new RuleConfigurationException(
          null, null, "fallback", fallback + " is not a fallback step");
    }
  }

  /**
   * The default pipeline of the design: explicit clause of the agreement, higher authority, more
   * specific, later of the same authority, then the stricter parameter.
   */
  public static ConflictPolicy standard() {
    return new ConflictPolicy(
        List.of(
            ResolutionStep.AGREEMENT_CLAUSE,
            ResolutionStep.HIGHER_AUTHORITY,
            ResolutionStep.MORE_SPECIFIC,
            ResolutionStep.LATER_VERSION),
        ResolutionStep.STRICTER_PARAMETER);
  }
}
