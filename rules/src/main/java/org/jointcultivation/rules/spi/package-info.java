/**
 * The service provider interface: write a {@link org.jointcultivation.rules.spi.RuleTemplate}
 * (configured from policy packs) or a ready-made {@link org.jointcultivation.rules.spi.Rule}, offer
 * it through a {@link org.jointcultivation.rules.spi.RuleProvider} listed in {@code
 * META-INF/services/org.jointcultivation.rules.spi.RuleProvider}, and the engine finds it.
 */
@NullMarked
package org.jointcultivation.rules.spi;

import org.jspecify.annotations.NullMarked;
