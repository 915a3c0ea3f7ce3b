/**
 * The rule engine that evaluates a {@link org.jointcultivation.core.record.CultivationRecord}
 * against policy packs. Work in progress: see the project's issues.
 */
@NullMarked
package org.jointcultivation.rules;

import org.jspecify.annotations.NullMarked;
