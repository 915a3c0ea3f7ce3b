package org.jointcultivation.flink;

import java.util.List;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.record.CultivationRecord;

/**
 * The part of a programme's facts that a student's own rules read: the institutions, the student,
 * their candidacy, agreement, tutors, assignments, placements and relations, with the student's
 * events the record accepts so far. Everything a student-scoped rule or a student's measure policy
 * reads is in it; a tutor's or an agreement's rules would need their own parts.
 */
final class StudentPart {
  private StudentPart() {}

  static CultivationRecord of(CultivationRecord facts, StudentId student, List<CultivationEvent> events) {
    CultivationRecord.Builder part = CultivationRecord.builder().vocabulary(facts.vocabulary());
    facts.institutions().forEach(part::addInstitution);
    facts.student(student).ifPresent(part::addStudent);
    facts.candidacy(student).ifPresent(part::addCandidacy);
    facts.agreementOf(student).ifPresent(part::addAgreement);
    java.util.Set<org.jointcultivation.core.party.PersonId> people = new java.util.HashSet<>();
    people.add(student);
    for (DualTutorAssignment assignment : facts.assignmentsOf(student)) {
      facts.tutor(assignment.firstTutor()).ifPresent(part::addTutor);
      facts.tutor(assignment.secondTutor()).ifPresent(part::addTutor);
      people.add(assignment.firstTutor());
      people.add(assignment.secondTutor());
      part.addAssignment(assignment);
    }
    facts.placementsOf(student).forEach(part::addPlacement);
    // A relation with someone outside the part (another student) is not the student's rules' to read.
    facts.relationsOf(student).stream()
        .filter(r -> people.contains(r.person()) && people.contains(r.other()))
        .forEach(part::addRelation);
    facts.administrators().forEach(part::addAdministrator);
    CultivationRecord record = part.build();
    // In date order, each event that the record accepts; one that refers to an event not yet
    // arrived (a stream may reorder a key's events) waits in state and is tried again next time.
    List<CultivationEvent> waiting = new java.util.ArrayList<>(events);
    waiting.sort(CultivationRecord.EVENT_ORDER);
    boolean added = true;
    while (added && !waiting.isEmpty()) {
      added = false;
      for (java.util.Iterator<CultivationEvent> it = waiting.iterator(); it.hasNext(); ) {
        CultivationEvent event = it.next();
        try {
          record = record.withEvent(event);
          it.remove();
          added = true;
        } catch (org.jointcultivation.core.ValidationException notYet) {
          // Stays waiting: its referent may come later, or the event is one the record refuses.
        }
      }
    }
    return record;
  }
}
