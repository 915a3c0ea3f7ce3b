package org.jointcultivation.flink;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Subject;

/**
 * The part of a programme's facts that one subject's rules read, with the events the job routed
 * to it: for a student, the student, their candidacy, agreement, tutors, assignments, placements and
 * relations; for a tutor, every student they supervise with those students' facts (a tutor's load
 * and the duties they bear count them all); for an agreement, every student under it with theirs
 * (its events are only its own).
 * Institutions and administrators always. Events are taken in date order as the record accepts them.
 */
final class SubjectPart {
  private final CultivationRecord facts;
  private final CultivationRecord.Builder part;
  private final Set<StudentId> students = new HashSet<>();
  private final Set<PersonId> people = new HashSet<>();
  private final Set<AgreementId> agreements = new HashSet<>();

  private SubjectPart(CultivationRecord facts) {
    this.facts = facts;
    this.part = CultivationRecord.builder().vocabulary(facts.vocabulary());
    facts.institutions().forEach(part::addInstitution);
    facts.administrators().forEach(part::addAdministrator);
  }

  static CultivationRecord of(CultivationRecord facts, Subject subject, List<CultivationEvent> events) {
    SubjectPart part = new SubjectPart(facts);
    if (subject.id() instanceof StudentId student) {
      part.student(student);
    } else if (subject.id() instanceof TutorId tutor) {
      facts.tutor(tutor).ifPresent(t -> part.tutor(tutor));
      facts.assignmentsOfTutor(tutor).forEach(a -> part.student(a.student()));
    } else if (subject.id() instanceof AgreementId agreement) {
      facts.agreement(agreement).ifPresent(a -> part.agreement(agreement));
      facts.studentsUnder(agreement).forEach(part::student);
    }
    return part.build(events);
  }

  /**
   * The keys an event is routed to: the students it names and their tutors (whose measures count
   * the duties they bear for those students), and the tutors and agreements it names itself. An
   * agreement's rules read the agreement's own events, not its students'.
   */
  static Set<String> keysOf(CultivationRecord facts, CultivationEvent event) {
    Set<String> keys = new java.util.LinkedHashSet<>();
    var references = event.references();
    for (StudentId student : references.students()) {
      keys.add(key(Subject.of(student)));
      for (DualTutorAssignment assignment : facts.assignmentsOf(student)) {
        keys.add(key(Subject.of(assignment.firstTutor())));
        keys.add(key(Subject.of(assignment.secondTutor())));
      }
    }
    references.tutors().forEach(t -> keys.add(key(Subject.of(t))));
    references.agreements().forEach(a -> keys.add(key(Subject.of(a))));
    return keys;
  }

  /** A subject as a key: {@code student/S-1}, {@code tutor/T-1}, {@code agreement/AG-1}. */
  static String key(Subject subject) {
    String kind = subject.id() instanceof StudentId ? "student" : subject.id() instanceof TutorId ? "tutor"
        : subject.id() instanceof AgreementId ? "agreement" : "institution";
    return kind + "/" + subject.value();
  }

  /** The subject a key names. */
  static Subject subjectOf(String key) {
    int slash = key.indexOf('/');
    String kind = slash < 0 ? "" : key.substring(0, slash);
    String id = key.substring(slash + 1);
    return switch (kind) {
      case "student" -> Subject.of(StudentId.of(id));
      case "tutor" -> Subject.of(TutorId.of(id));
      case "agreement" -> Subject.of(AgreementId.of(id));
      default -> throw new IllegalArgumentException("not a subject key: " + key);
    };
  }

  private void tutor(TutorId tutor) {
    if (people.add(tutor)) {
      facts.tutor(tutor).ifPresent(part::addTutor);
    }
  }

  private void agreement(AgreementId agreement) {
    if (agreements.add(agreement)) {
      facts.agreement(agreement).ifPresent(part::addAgreement);
    }
  }

  private void student(StudentId student) {
    if (!students.add(student)) {
      return;
    }
    people.add(student);
    facts.student(student).ifPresent(part::addStudent);
    facts.candidacy(student).ifPresent(part::addCandidacy);
    facts.agreementOf(student).ifPresent(a -> agreement(a.id()));
    for (DualTutorAssignment assignment : facts.assignmentsOf(student)) {
      tutor(assignment.firstTutor());
      tutor(assignment.secondTutor());
      part.addAssignment(assignment);
    }
    facts.placementsOf(student).forEach(part::addPlacement);
  }

  private CultivationRecord build(List<CultivationEvent> events) {
    // A relation with someone outside the part is not this subject's rules' to read.
    for (StudentId student : students) {
      facts.relationsOf(student).stream()
          .filter(r -> people.contains(r.person()) && people.contains(r.other()))
          .forEach(part::addRelation);
    }
    CultivationRecord record = part.build();
    // In date order, each event the record accepts; one that refers to an event not yet arrived
    // (a stream may reorder a key's events) waits in state and is tried again next time.
    List<CultivationEvent> waiting = new ArrayList<>(events);
    waiting.sort(CultivationRecord.EVENT_ORDER);
    boolean added = true;
    while (added && !waiting.isEmpty()) {
      added = false;
      for (Iterator<CultivationEvent> it = waiting.iterator(); it.hasNext(); ) {
        CultivationEvent event = it.next();
        try {
          record = record.withEvent(event);
          it.remove();
          added = true;
        } catch (ValidationException notYet) {
          // Stays waiting: its referent may come later, or the event is one the record refuses.
        }
      }
    }
    return record;
  }
}
