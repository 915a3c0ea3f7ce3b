package org.jointcultivation.rules;

import org.jointcultivation.rules.spi.ConfiguredMeasure;
import org.jointcultivation.rules.spi.MeasureCriterion;
import org.jointcultivation.rules.spi.MeasureRule;

/**
 * A reward or sanction policy of a pack, compiled by its criterion when the engine was built.
 *
 * @param configuration the policy, its pack and its checked parameters
 * @param criterion the criterion the policy names
 * @param rule what the criterion compiled the policy into
 * @param standard whether the criterion is one of the library's own (run without a guard)
 */
record CompiledMeasure(ConfiguredMeasure configuration, MeasureCriterion criterion, MeasureRule rule,
    boolean standard) {}
