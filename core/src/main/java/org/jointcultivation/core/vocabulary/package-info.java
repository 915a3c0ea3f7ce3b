/**
 * A programme's own vocabulary: the typed {@link org.jointcultivation.core.vocabulary.AttributeDeclaration
 * attributes} its institutions, students, tutors and agreements carry, and the {@link
 * org.jointcultivation.core.vocabulary.EventKindDeclaration event kinds} it records beyond the
 * library's own, declared in a {@link org.jointcultivation.core.vocabulary.Vocabulary} (a file beside
 * the packs) and checked when a record is built. Regulations name these facts in their conditions.
 */
@NullMarked
@ValueStyle
package org.jointcultivation.core.vocabulary;

import org.jointcultivation.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
