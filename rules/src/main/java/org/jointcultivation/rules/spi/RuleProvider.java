package org.jointcultivation.rules.spi;

import java.util.Collection;
import java.util.List;

/**
 * Offers rule templates, ready-made rules and reward and sanction criteria to the engine. List an implementation in {@code
 * META-INF/services/org.jointcultivation.rules.spi.RuleProvider} (and {@code provides} in a
 * module descriptor) and {@link org.jointcultivation.rules.RuleEngine.Builder#discoverProviders()}
 * finds it; or register it by hand with {@code addProvider}.
 *
 * @since 0.1.0
 */
public interface RuleProvider {
  /** Templates that packs may name; none unless overridden. */
  default Collection<RuleTemplate> templates() {
    return List.of();
  }

  /** Rules that apply to every subject of their scope, outside any pack; none unless overridden. */
  default Collection<Rule> rules() {
    return List.of();
  }

  /**
   * Reward and sanction criteria that packs' policies may name; none unless overridden.
   *
   * @since 0.2.0
   */
  default Collection<MeasureCriterion> criteria() {
    return List.of();
  }
}
