/**
 * Norms as data: {@link org.jointcultivation.core.norm.NormSource sources} (authority, version,
 * clause), configured {@link org.jointcultivation.core.norm.Norm norms} (obligations, prohibitions,
 * permissions with deadlines and recurrences), {@link org.jointcultivation.core.norm.SanctionPolicy
 * sanction ladders}, {@link org.jointcultivation.core.norm.RewardPolicy reward policies} and the
 * versioned {@link org.jointcultivation.core.norm.PolicyPack policy packs} that bundle them. The
 * engine that evaluates them lives in the rules module.
 */
@NullMarked
@ValueStyle
package org.jointcultivation.core.norm;

import org.jointcultivation.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
