/**
 * The parties to joint cultivation: {@link org.jointcultivation.core.party.Institution
 * institutions}, {@link org.jointcultivation.core.party.Student students}, {@link
 * org.jointcultivation.core.party.Tutor tutors} and {@link
 * org.jointcultivation.core.party.Administrator administrators}, with their typed identifiers.
 */
@NullMarked
@ValueStyle
package org.jointcultivation.core.party;

import org.jointcultivation.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
