package org.jointcultivation.rules.internal;

import java.util.Optional;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleTemplate;

/** A norm of a pack, with its template and the rule compiled from its own parameters. */
public record CompiledNorm(PolicyPack pack, Norm norm, RuleTemplate template, ConfiguredRule configuration, Rule rule,
    Optional<Condition> condition) {
  /** A norm without a condition. */
  public CompiledNorm(PolicyPack pack, Norm norm, RuleTemplate template, ConfiguredRule configuration, Rule rule) {
    this(pack, norm, template, configuration, rule, Optional.empty());
  }

  /** Whether two packs' versions of a norm say the same thing, whatever their sources. */
  public boolean sameContentAs(CompiledNorm other) {
    return norm.kind() == other.norm.kind()
        && norm.template().equals(other.norm.template())
        && norm.parameters().equals(other.norm.parameters())
        && norm.bearers().equals(other.norm.bearers())
        && norm.bearerMode() == other.norm.bearerMode()
        && norm.applicability().equals(other.norm.applicability())
        && norm.deadline().equals(other.norm.deadline())
        && norm.recurrence().equals(other.norm.recurrence())
        && norm.condition().equals(other.norm.condition());
  }
}
