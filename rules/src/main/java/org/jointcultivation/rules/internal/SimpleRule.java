package org.jointcultivation.rules.internal;

import java.util.List;
import java.util.function.Function;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleContext;
import org.jointcultivation.rules.spi.RuleScope;

/** A rule made of an id, a scope and a function. */
record SimpleRule(String id, RuleScope scope, Function<RuleContext, List<ObligationInstance>> body)
    implements Rule {
  @Override
  public List<ObligationInstance> evaluate(RuleContext context) {
    return body.apply(context);
  }
}
