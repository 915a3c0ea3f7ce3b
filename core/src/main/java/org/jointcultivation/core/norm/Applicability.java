package org.jointcultivation.core.norm;

import java.util.Set;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jointcultivation.core.agreement.CooperationForm;
import org.jointcultivation.core.party.DegreeType;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.StudyLevel;
import org.jointcultivation.core.party.StudyMode;

/**
 * Which students a norm applies to; an empty set means no restriction on that attribute.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableApplicability.class)
@JsonDeserialize(as = ImmutableApplicability.class)
public abstract class Applicability {
  Applicability() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Study levels covered. */
  public abstract Set<StudyLevel> levels();

  /** Degree types covered. */
  public abstract Set<DegreeType> degreeTypes();

  /** Study modes covered. */
  public abstract Set<StudyMode> studyModes();

  /** Forms of cooperation covered. */
  public abstract Set<CooperationForm> forms();

  /** Applies to every student. */
  public static Applicability everyone() {
    return builder().build();
  }

  /** Whether a student with these attributes, under an agreement of {@code form}, is covered. */
  public final boolean covers(Student student, CooperationForm form) {
    return covers(student, java.util.Optional.of(java.util.Objects.requireNonNull(form, "form")));
  }

  /**
   * Whether a student with these attributes is covered, under an agreement of {@code form} or, if
   * empty, under none: a norm restricted to some forms of cooperation covers no student without one.
   *
   * @since 0.2.0
   */
  public final boolean covers(Student student, java.util.Optional<CooperationForm> form) {
    java.util.Objects.requireNonNull(student, "student");
    java.util.Objects.requireNonNull(form, "form");
    return (levels().isEmpty() || levels().contains(student.level()))
        && (degreeTypes().isEmpty() || degreeTypes().contains(student.degreeType()))
        && (studyModes().isEmpty() || studyModes().contains(student.studyMode()))
        && (forms().isEmpty() || form.map(forms()::contains).orElse(false));
  }

  /** Builds a {@link Applicability}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableApplicability.Builder {
    Builder() {}
  }
}
