package org.jointcultivation.rules.spi;

import java.util.List;
import java.util.Set;
import org.jointcultivation.core.event.MeasureKind;

/**
 * When to propose a reward or a sanction: what a pack's {@link
 * org.jointcultivation.core.norm.RewardPolicy#criterion()} or {@link
 * org.jointcultivation.core.norm.SanctionPolicy#criterion()} names. A {@link RuleProvider} offers
 * criteria as it offers templates; the engine checks every policy's parameters against the
 * criterion's declarations and compiles it once, when it is built.
 *
 * <pre>{@code
 * final class ThesisPrizeCriterion implements MeasureCriterion {
 *   public String name() { return "thesis-prize"; }
 *   public MeasureKind kind() { return MeasureKind.REWARD; }
 *   public Set<RuleScope> scopes() { return Set.of(RuleScope.STUDENT); }
 *   public List<ParameterDeclaration> parameters() {
 *     return List.of(ParameterDeclaration.wholeNumber("minimumPapers", 1, 20, "papers needed").asRequired());
 *   }
 *   public MeasureRule create(ConfiguredMeasure policy) {
 *     int papers = policy.intParameter("minimumPapers");
 *     return context -> ...; // proposals for context.facts().subject()
 *   }
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public interface MeasureCriterion {
  /** The name policies use, e.g. {@code excellent-trainee}; unique in an engine. */
  String name();

  /** Whether it proposes rewards or sanctions; a policy of the other kind may not name it. */
  MeasureKind kind();

  /**
   * Whose evaluation it runs in: {@link RuleScope#STUDENT}, {@link RuleScope#TUTOR} or both. A
   * reward policy runs for every subject of these scopes; a sanction policy for the subject its
   * {@code subject} names, which must be one of these.
   */
  Set<RuleScope> scopes();

  /** The parameters a policy may set; none unless overridden. */
  default List<ParameterDeclaration> parameters() {
    return List.of();
  }

  /**
   * Compiles one policy: read and keep its parameters here, not per subject. Throw {@link
   * IllegalArgumentException} for a combination of parameters that makes no sense; the engine
   * reports it against the policy.
   */
  MeasureRule create(ConfiguredMeasure policy);
}
