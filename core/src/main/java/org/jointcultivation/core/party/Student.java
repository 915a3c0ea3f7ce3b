package org.jointcultivation.core.party;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * A trainee: a postgraduate, or an applied undergraduate in a school–enterprise programme.
 *
 * <p>Where the student is enrolled and where they do research is a {@link
 * org.jointcultivation.core.agreement.Candidacy}, not part of the student.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStudent.class)
@JsonDeserialize(as = ImmutableStudent.class)
public abstract class Student {
  Student() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier, unique within a record. */
  public abstract StudentId id();

  /** The student's name. */
  public abstract String name();

  /** Undergraduate, master's or doctoral. */
  public abstract StudyLevel level();

  /** Academic or professional degree. */
  public abstract DegreeType degreeType();

  /** Full- or part-time; full-time unless set. */
  @Value.Default
  public StudyMode studyMode() {
    return StudyMode.FULL_TIME;
  }

  /** The day the programme started. */
  public abstract LocalDate startDate();

  /**
   * Whether the student came straight from a first degree; some regulations then require longer
   * practice. False unless set.
   */
  @Value.Default
  public boolean freshGraduate() {
    return false;
  }

  /**
   * The programme's own facts about it, typed by the record's {@link
   * org.jointcultivation.core.vocabulary.Vocabulary} (e.g. {@code rank: ASSISTANT}); none unless set.
   *
   * @since 0.2.0
   */
  public abstract Map<String, String> attributes();

  @Value.Check
  void check() {
    attributes().forEach((name, value) -> {
      Checks.name("Student", id(), "attributes", name);
      Checks.text("Student", id(), "attributes." + name, value);
    });
    Checks.name("Student", id(), "name", name());
    Checks.date("Student", id(), "startDate", startDate());
  }

  /** Builds a {@link Student}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableStudent.Builder {
    Builder() {}
  }
}
