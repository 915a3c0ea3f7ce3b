/**
 * The validated snapshot of a programme, {@link org.jointcultivation.core.record.CultivationRecord},
 * with lookups by student, tutor, agreement and institution.
 */
@NullMarked
package org.jointcultivation.core.record;

import org.jspecify.annotations.NullMarked;
