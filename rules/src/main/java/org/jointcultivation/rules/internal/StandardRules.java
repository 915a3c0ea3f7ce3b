package org.jointcultivation.rules.internal;

import java.util.Collection;
import java.util.List;
import org.jointcultivation.rules.spi.RuleProvider;
import org.jointcultivation.rules.spi.RuleTemplate;

/** The standard templates; always part of an engine. */
public final class StandardRules implements RuleProvider {
  @Override
  public Collection<RuleTemplate> templates() {
    return List.of(
        new DeadlineTemplate(),
        new MinimumCountTemplate(),
        new CadenceTemplate(),
        new TrainingBeforeSupervisingTemplate(),
        new PlacementTemplates.MinimumPlacement(),
        new PlacementTemplates.MinimumShare(),
        new ConstraintTemplates.CorrespondingAuthor(),
        new ConstraintTemplates.LoadCap(),
        new ConstraintTemplates.NoNewStudentsWhileSuspended(),
        new ConstraintTemplates.FundsByMutualAgreement());
  }
}
