/**
 * The rule engine: build a {@link org.jointcultivation.rules.RuleEngine} from policy packs, hand it
 * a {@link org.jointcultivation.core.record.CultivationRecord} and a day, and read the {@link
 * org.jointcultivation.rules.Assessment}: every obligation with its state and the transitions that
 * led there, violations, reward and sanction proposals, rule errors and conflict escalations, each
 * with its {@link org.jointcultivation.rules.Explanation}.
 *
 * <p>Evaluation is a pure function of the record, the packs and the day: the same inputs give an
 * equal assessment on any thread, whatever order the events arrived in.
 */
@NullMarked
@ValueStyle
package org.jointcultivation.rules;

import org.jointcultivation.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
