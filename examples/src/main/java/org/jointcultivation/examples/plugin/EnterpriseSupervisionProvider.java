package org.jointcultivation.examples.plugin;

import java.util.Collection;
import java.util.List;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleProvider;

/**
 * A third party's rule provider, as a university's IT office would write one. It is listed in
 * {@code META-INF/services/org.jointcultivation.rules.spi.RuleProvider}, so an engine built with
 * {@code discoverProviders()} finds it with no change to the engine or to anyone's packs.
 */
public final class EnterpriseSupervisionProvider implements RuleProvider {
  @Override
  public Collection<Rule> rules() {
    return List.of(new EnterpriseSupervisionRule());
  }
}
