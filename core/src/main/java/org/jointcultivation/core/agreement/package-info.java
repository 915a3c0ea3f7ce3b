/**
 * What binds the parties: {@link org.jointcultivation.core.agreement.CooperationAgreement
 * cooperation agreements} with their clauses and amendments, a student's {@link
 * org.jointcultivation.core.agreement.Candidacy candidacy} (home and host), {@link
 * org.jointcultivation.core.agreement.Placement placements} and {@link
 * org.jointcultivation.core.agreement.DualTutorAssignment dual tutor assignments}.
 */
@NullMarked
@ValueStyle
package org.jointcultivation.core.agreement;

import org.jointcultivation.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
