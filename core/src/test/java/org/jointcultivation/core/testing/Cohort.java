package org.jointcultivation.core.testing;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.jointcultivation.core.agreement.Candidacy;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.agreement.Placement;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.party.Institution;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.record.CultivationRecord;

/**
 * The ingredients of a generated programme, kept apart so tests can assemble them in any order or
 * add a broken ingredient before building.
 *
 * @param seed the seed it was generated from
 * @param institutions the institutions
 * @param students the students
 * @param tutors the tutors
 * @param agreements the agreements
 * @param candidacies one candidacy per student
 * @param assignments one dual tutor assignment per student
 * @param placements the placements
 * @param events every event, in the order generated
 * @param asOf the day after the last generated event could happen
 */
public record Cohort(
    long seed,
    List<Institution> institutions,
    List<Student> students,
    List<Tutor> tutors,
    List<CooperationAgreement> agreements,
    List<Candidacy> candidacies,
    List<DualTutorAssignment> assignments,
    List<Placement> placements,
    List<CultivationEvent> events,
    LocalDate asOf) {

  /** Copies every list. */
  public Cohort {
    institutions = ImmutableList.copyOf(institutions);
    students = ImmutableList.copyOf(students);
    tutors = ImmutableList.copyOf(tutors);
    agreements = ImmutableList.copyOf(agreements);
    candidacies = ImmutableList.copyOf(candidacies);
    assignments = ImmutableList.copyOf(assignments);
    placements = ImmutableList.copyOf(placements);
    events = ImmutableList.copyOf(events);
  }

  /** A record builder holding every fact but no events. */
  public CultivationRecord.Builder factsBuilder() {
    CultivationRecord.Builder builder = CultivationRecord.builder();
    institutions.forEach(builder::addInstitution);
    students.forEach(builder::addStudent);
    tutors.forEach(builder::addTutor);
    agreements.forEach(builder::addAgreement);
    candidacies.forEach(builder::addCandidacy);
    assignments.forEach(builder::addAssignment);
    placements.forEach(builder::addPlacement);
    return builder;
  }

  /** A record builder holding every fact and every event. */
  public CultivationRecord.Builder builder() {
    return factsBuilder().addEvents(events);
  }

  /** The record of the whole cohort. */
  public CultivationRecord toRecord() {
    return builder().build();
  }

  /** The record with the events added in the given order instead. */
  public CultivationRecord toRecord(List<CultivationEvent> eventOrder) {
    return factsBuilder().addEvents(eventOrder).build();
  }
}
