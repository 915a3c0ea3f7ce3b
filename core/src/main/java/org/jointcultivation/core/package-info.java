/**
 * The immutable model of joint cultivation: parties ({@link org.jointcultivation.core.party}),
 * the agreements and assignments that bind them ({@link org.jointcultivation.core.agreement}), the
 * dated events that happen under them ({@link org.jointcultivation.core.event}), the norms that
 * govern them ({@link org.jointcultivation.core.norm}) and the validated snapshot of it all ({@link
 * org.jointcultivation.core.record.CultivationRecord}).
 *
 * <p>Every value is immutable and validated when built: bad input raises a {@link
 * org.jointcultivation.core.ValidationException} naming the type, field, value and rule.
 */
@NullMarked
package org.jointcultivation.core;

import org.jspecify.annotations.NullMarked;
