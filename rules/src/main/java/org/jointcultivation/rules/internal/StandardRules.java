package org.jointcultivation.rules.internal;

import java.util.Collection;
import java.util.List;
import org.jointcultivation.rules.spi.MeasureCriterion;
import org.jointcultivation.rules.spi.RuleProvider;
import org.jointcultivation.rules.spi.RuleTemplate;

/** The standard templates and reward and sanction criteria; always part of an engine. */
public final class StandardRules implements RuleProvider {
  @Override
  public Collection<RuleTemplate> templates() {
    return List.of(
        new DeadlineTemplate(),
        new MinimumCountTemplate(),
        new CadenceTemplate(),
        new TrainingBeforeSupervisingTemplate(),
        new MinimumPlacementTemplate(),
        new MinimumShareAtHostTemplate(),
        new CorrespondingAuthorTemplate(),
        new LoadCapTemplate(),
        new NoNewStudentsWhileSuspendedTemplate(),
        new FundsByMutualAgreementTemplate(),
        new EventRequirementTemplate(),
        new ValidityTemplate());
  }

  @Override
  public Collection<MeasureCriterion> criteria() {
    return List.of(new OffenceLadderCriterion(), new ExcellentTraineeCriterion(), new OutstandingTeacherCriterion());
  }
}
