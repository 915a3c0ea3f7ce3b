/**
 * The dated events of joint cultivation, a sealed hierarchy under {@link
 * org.jointcultivation.core.event.CultivationEvent}: supervision meetings, progress reports,
 * milestone reviews, publications, funds, training, feedback, health adjustments, incidents,
 * achievements, leave, tutor changes, agreement changes and measures proposed, decided and appealed.
 */
@NullMarked
@ValueStyle
package org.jointcultivation.core.event;

import org.jointcultivation.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
