package org.jointcultivation.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Comparator;
import java.util.Objects;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;

/**
 * What a finding is about: the student, tutor, agreement or institution a rule was evaluated for.
 * Every obligation instance, rule error and proposal names one, and an {@link Assessment} answers
 * queries by it.
 *
 * <pre>{@code
 * if (obligation.subject() instanceof Subject.Student s) {
 *   portal.student(s.id()).refresh();
 * }
 * List<ObligationInstance> mine = assessment.obligationsAbout(Subject.of(tutorId));
 * }</pre>
 *
 * <p>{@link #kind()} names the kind, for an exhaustive {@code switch} on Java 17.
 *
 * <p>In JSON a subject says which kind it is: {@code {"student": "S-1"}}, {@code {"tutor": "T-7"}},
 * {@code {"agreement": "AG-1"}} or {@code {"institution": "U-1"}}.
 *
 * @since 0.2.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({
  @JsonSubTypes.Type(Subject.Student.class),
  @JsonSubTypes.Type(Subject.Tutor.class),
  @JsonSubTypes.Type(Subject.Agreement.class),
  @JsonSubTypes.Type(Subject.Institution.class)
})
public sealed interface Subject {
  /** Orders subjects by kind (students, tutors, agreements, institutions), then identifier. */
  Comparator<Subject> ORDER = Comparator.comparing(Subject::kind).thenComparing(Subject::value);

  /** The kinds of subject, in {@link #ORDER}. */
  enum Kind {
    /** A {@link Student}. */
    STUDENT,
    /** A {@link Tutor}. */
    TUTOR,
    /** An {@link Agreement}. */
    AGREEMENT,
    /** An {@link Institution}. */
    INSTITUTION
  }

  /** The identifier's text, e.g. {@code S-1}: a subject's part of an obligation id. */
  String value();

  /**
   * The identifier, as measure and exemption events name their subject.
   *
   * @since 0.2.0
   */
  org.jointcultivation.core.party.PartyId id();

  /** Which kind of subject this is. */
  Kind kind();

  /** The subject {@code student}. */
  static Subject of(StudentId student) {
    return new Student(student);
  }

  /** The subject {@code tutor}. */
  static Subject of(TutorId tutor) {
    return new Tutor(tutor);
  }

  /** The subject {@code agreement}. */
  static Subject of(AgreementId agreement) {
    return new Agreement(agreement);
  }

  /** The subject {@code institution}. */
  static Subject of(InstitutionId institution) {
    return new Institution(institution);
  }

  /**
   * The subject a measure's party is: a student, a tutor, an agreement or an institution.
   *
   * @throws IllegalArgumentException for an administrator, who is never the subject of a finding
   * @since 0.2.0
   */
  static Subject of(org.jointcultivation.core.party.PartyId party) {
    if (party instanceof PersonId person) {
      return of(person);
    }
    if (party instanceof AgreementId agreement) {
      return of(agreement);
    }
    return of((InstitutionId) party);
  }

  /** The subject a person is: a student or a tutor. */
  static Subject of(PersonId person) {
    if (person instanceof StudentId student) {
      return of(student);
    }
    if (person instanceof TutorId tutor) {
      return of(tutor);
    }
    throw new IllegalArgumentException(
        "an administrator (" + person.value() + ") is never the subject of a finding");
  }

  /**
   * A student.
   *
   * @param id the student
   */
  @JsonTypeName("student")
  record Student(@JsonValue StudentId id) implements Subject {
    /** Checks that the id is there. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Student {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String value() {
      return id.value();
    }

    @Override
    public Kind kind() {
      return Kind.STUDENT;
    }

    @Override
    public String toString() {
      return "student " + id.value();
    }
  }

  /**
   * A tutor.
   *
   * @param id the tutor
   */
  @JsonTypeName("tutor")
  record Tutor(@JsonValue TutorId id) implements Subject {
    /** Checks that the id is there. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Tutor {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String value() {
      return id.value();
    }

    @Override
    public Kind kind() {
      return Kind.TUTOR;
    }

    @Override
    public String toString() {
      return "tutor " + id.value();
    }
  }

  /**
   * A cooperation agreement.
   *
   * @param id the agreement
   */
  @JsonTypeName("agreement")
  record Agreement(@JsonValue AgreementId id) implements Subject {
    /** Checks that the id is there. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Agreement {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String value() {
      return id.value();
    }

    @Override
    public Kind kind() {
      return Kind.AGREEMENT;
    }

    @Override
    public String toString() {
      return "agreement " + id.value();
    }
  }

  /**
   * An institution.
   *
   * @param id the institution
   */
  @JsonTypeName("institution")
  record Institution(@JsonValue InstitutionId id) implements Subject {
    /** Checks that the id is there. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Institution {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String value() {
      return id.value();
    }

    @Override
    public Kind kind() {
      return Kind.INSTITUTION;
    }

    @Override
    public String toString() {
      return "institution " + id.value();
    }
  }
}
