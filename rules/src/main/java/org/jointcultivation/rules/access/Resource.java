package org.jointcultivation.rules.access;

import java.util.Objects;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;

/**
 * What an action is taken on: a student (and their record), one event, a tutor (for feedback
 * aggregates and taking on students) or an agreement.
 *
 * @since 0.1.0
 */
public sealed interface Resource {
  /** A student and their record. */
  static Resource student(StudentId id) {
    return new OfStudent(id);
  }

  /** One event, such as a meeting record or a trainee's feedback. */
  static Resource event(EventId id) {
    return new OfEvent(id);
  }

  /** A tutor. */
  static Resource tutor(TutorId id) {
    return new OfTutor(id);
  }

  /** An agreement. */
  static Resource agreement(AgreementId id) {
    return new OfAgreement(id);
  }

  /**
   * A student.
   *
   * @param id the student
   */
  record OfStudent(StudentId id) implements Resource {
    /** Checks for null. */
    public OfStudent {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * An event.
   *
   * @param id the event
   */
  record OfEvent(EventId id) implements Resource {
    /** Checks for null. */
    public OfEvent {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * A tutor.
   *
   * @param id the tutor
   */
  record OfTutor(TutorId id) implements Resource {
    /** Checks for null. */
    public OfTutor {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * An agreement.
   *
   * @param id the agreement
   */
  record OfAgreement(AgreementId id) implements Resource {
    /** Checks for null. */
    public OfAgreement {
      Objects.requireNonNull(id, "id");
    }
  }
}
