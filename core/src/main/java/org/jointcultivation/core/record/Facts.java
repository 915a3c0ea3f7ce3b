package org.jointcultivation.core.record;

import com.google.common.collect.ImmutableListMultimap;
import org.jointcultivation.core.vocabulary.AttributeOwner;
import org.jointcultivation.core.vocabulary.Vocabulary;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.Candidacy;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.agreement.Placement;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableList;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.Relation;
import org.jointcultivation.core.party.Administrator;
import org.jointcultivation.core.party.AdministratorId;
import org.jointcultivation.core.party.Institution;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.party.TutorId;
import org.jspecify.annotations.Nullable;

/**
 * The parties and bindings of a record, validated against each other and indexed; iteration
 * orders are canonical (by id, then by start date) so equal facts compare equal.
 */
final class Facts {
  private static final Comparator<Placement> PLACEMENT_ORDER =
      Comparator.comparing(Placement::startDate)
          .thenComparing(placement -> placement.host().value())
          .thenComparing(Placement::toString);
  private static final Comparator<DualTutorAssignment> ASSIGNMENT_ORDER =
      Comparator.comparing(DualTutorAssignment::startDate)
          .thenComparing(assignment -> assignment.student().value());

  final ImmutableMap<InstitutionId, Institution> institutions;
  final ImmutableMap<StudentId, Student> students;
  final ImmutableMap<TutorId, Tutor> tutors;
  final ImmutableMap<AdministratorId, Administrator> administrators;
  final ImmutableMap<AgreementId, CooperationAgreement> agreements;
  final ImmutableMap<StudentId, Candidacy> candidacies;
  final ImmutableListMultimap<StudentId, Placement> placements;
  final ImmutableListMultimap<StudentId, DualTutorAssignment> assignments;
  final ImmutableListMultimap<TutorId, DualTutorAssignment> assignmentsByTutor;
  final ImmutableSetMultimap<AgreementId, StudentId> studentsByAgreement;
  final ImmutableSetMultimap<InstitutionId, StudentId> studentsByInstitution;
  /** Relations between people, by start date, then kind and people. */
  final ImmutableList<Relation> relations;
  final ImmutableListMultimap<PersonId, Relation> relationsByPerson;
  /** What the record's attributes and declared events are checked against. */
  final Vocabulary vocabulary;

  Facts(
      Vocabulary vocabulary,
      Map<InstitutionId, Institution> institutions,
      Map<StudentId, Student> students,
      Map<TutorId, Tutor> tutors,
      Map<AdministratorId, Administrator> administrators,
      Map<AgreementId, CooperationAgreement> agreements,
      Map<StudentId, Candidacy> candidacies,
      Collection<Placement> placements,
      Collection<DualTutorAssignment> assignments,
      Collection<Relation> relations) {
    this.institutions = CultivationRecord.sortedBy(institutions, InstitutionId::value);
    this.students = CultivationRecord.sortedBy(students, StudentId::value);
    this.tutors = CultivationRecord.sortedBy(tutors, TutorId::value);
    this.administrators = CultivationRecord.sortedBy(administrators, AdministratorId::value);
    this.agreements = CultivationRecord.sortedBy(agreements, AgreementId::value);
    this.candidacies = CultivationRecord.sortedBy(candidacies, StudentId::value);
    this.vocabulary = vocabulary;
    this.institutions.values().forEach(i -> vocabulary.check(AttributeOwner.INSTITUTION, "Institution", i.id(),
        i.attributes()));
    this.students.values().forEach(s -> vocabulary.check(AttributeOwner.STUDENT, "Student", s.id(), s.attributes()));
    this.tutors.values().forEach(t -> vocabulary.check(AttributeOwner.TUTOR, "Tutor", t.id(), t.attributes()));
    this.agreements.values().forEach(a -> vocabulary.check(AttributeOwner.AGREEMENT, "CooperationAgreement", a.id(),
        a.attributes()));
    this.candidacies.values().forEach(c -> vocabulary.check(AttributeOwner.CANDIDACY, "Candidacy", c.student(),
        c.attributes()));
    assignments.forEach(a -> vocabulary.check(AttributeOwner.TEAM, "DualTutorAssignment", a.student(),
        a.attributes()));

    this.institutions.values().forEach(i -> i.parent().ifPresent(parent ->
        requireKnown(this.institutions, parent, "Institution", i.id(), "parent")));
    this.tutors.values().forEach(this::checkTutor);
    this.administrators.values().forEach(this::checkAdministrator);
    this.agreements.values().forEach(this::checkAgreement);
    this.candidacies.values().forEach(this::checkCandidacy);
    placements.forEach(this::checkPlacement);
    assignments.forEach(this::checkAssignment);
    relations.forEach(this::checkRelation);
    this.relations = ImmutableList.sortedCopyOf(RELATION_ORDER, ImmutableSet.copyOf(relations));
    ImmutableListMultimap.Builder<PersonId, Relation> byPerson = ImmutableListMultimap.builder();
    for (Relation relation : this.relations) {
      byPerson.put(relation.person(), relation).put(relation.other(), relation);
    }
    this.relationsByPerson = byPerson.build();

    this.placements =
        CultivationRecord.sortedSet(placements, PLACEMENT_ORDER).stream()
            .sorted(Comparator.comparing(placement -> placement.student().value()))
            .collect(ImmutableListMultimap.toImmutableListMultimap(Placement::student, p -> p));
    this.assignments =
        CultivationRecord.sortedSet(assignments, ASSIGNMENT_ORDER).stream()
            .sorted(Comparator.comparing(assignment -> assignment.student().value()))
            .collect(
                ImmutableListMultimap.toImmutableListMultimap(
                    DualTutorAssignment::student, a -> a));
    this.assignments.asMap().values().forEach(Facts::checkNoOverlap);

    ImmutableListMultimap.Builder<TutorId, DualTutorAssignment> byTutor =
        ImmutableListMultimap.builder();
    ImmutableSetMultimap.Builder<AgreementId, StudentId> byAgreement =
        ImmutableSetMultimap.builder();
    for (DualTutorAssignment assignment : this.assignments.values()) {
      assignment.team().forEach(tutor -> byTutor.put(tutor, assignment));
      byAgreement.put(assignment.agreement(), assignment.student());
    }
    byTutor.orderValuesBy(ASSIGNMENT_ORDER);
    ImmutableSetMultimap.Builder<InstitutionId, StudentId> byInstitution =
        ImmutableSetMultimap.builder();
    for (Candidacy candidacy : this.candidacies.values()) {
      byAgreement.put(candidacy.agreement(), candidacy.student());
      byInstitution.put(candidacy.homeInstitution(), candidacy.student());
      candidacy.hostInstitution().ifPresent(host -> byInstitution.put(host, candidacy.student()));
    }
    Comparator<StudentId> byId = Comparator.comparing(StudentId::value);
    this.assignmentsByTutor = byTutor.build();
    this.studentsByAgreement = byAgreement.orderValuesBy(byId).build();
    this.studentsByInstitution = byInstitution.orderValuesBy(byId).build();
  }

  private static final Comparator<Relation> RELATION_ORDER = Comparator.comparing(Relation::startDate)
      .thenComparing(Relation::kind).thenComparing(r -> r.person().value()).thenComparing(r -> r.other().value())
      .thenComparing(Relation::toString);

  private void checkRelation(Relation relation) {
    String subject = relation.person() + "~" + relation.other();
    if (!vocabulary.relations().containsKey(relation.kind())) {
      throw new ValidationException("Relation", subject, "kind", relation.kind(),
          "is not a kind of relation the vocabulary declares; declared: " + new java.util.TreeSet<>(vocabulary.relations().keySet()));
    }
    requirePerson(relation.person(), subject, "person");
    requirePerson(relation.other(), subject, "other");
  }

  private void requirePerson(PersonId person, String subject, String field) {
    if (person instanceof StudentId student) {
      requireKnown(students, student, "Relation", subject, field);
    } else if (person instanceof TutorId tutor) {
      requireKnown(tutors, tutor, "Relation", subject, field);
    } else if (person instanceof AdministratorId administrator) {
      requireKnown(administrators, administrator, "Relation", subject, field);
    }
  }

  Optional<DualTutorAssignment> assignmentOn(StudentId student, LocalDate day) {
    for (DualTutorAssignment assignment : assignments.get(student)) {
      if (!day.isBefore(assignment.startDate())
          && assignment.endDate().map(end -> !day.isAfter(end)).orElse(true)) {
        return Optional.of(assignment);
      }
    }
    return Optional.empty();
  }

  private void checkTutor(Tutor tutor) {
    requireKnown(institutions, tutor.homeInstitution(), "Tutor", tutor.id(), "homeInstitution");
  }

  private void checkAdministrator(Administrator administrator) {
    requireKnown(
        institutions,
        administrator.institution(),
        "Administrator",
        administrator.id(),
        "institution");
  }

  private void checkAgreement(CooperationAgreement agreement) {
    agreement
        .parties()
        .forEach(
            party ->
                requireKnown(institutions, party, "CooperationAgreement", agreement.id(), "parties"));
  }

  private void checkCandidacy(Candidacy candidacy) {
    String type = "Candidacy";
    requireKnown(students, candidacy.student(), type, candidacy.student(), "student");
    CooperationAgreement agreement =
        requireKnown(agreements, candidacy.agreement(), type, candidacy.student(), "agreement");
    requireParty(agreement, candidacy.homeInstitution(), type, candidacy.student(), "homeInstitution");
    candidacy
        .hostInstitution()
        .ifPresent(host -> requireParty(agreement, host, type, candidacy.student(), "hostInstitution"));
  }

  private void checkPlacement(Placement placement) {
    String type = "Placement";
    String subject = placement.student() + "@" + placement.host();
    requireKnown(students, placement.student(), type, subject, "student");
    CooperationAgreement agreement =
        requireKnown(agreements, placement.agreement(), type, subject, "agreement");
    requireParty(agreement, placement.host(), type, subject, "host");
    if (!agreement.validity().encloses(placement.period())) {
      throw new ValidationException(
          type,
          subject,
          "period",
          placement.period(),
          "must lie within the validity " + agreement.validity() + " of agreement " + agreement.id());
    }
  }

  private void checkAssignment(DualTutorAssignment assignment) {
    String type = "DualTutorAssignment";
    StudentId subject = assignment.student();
    requireKnown(students, assignment.student(), type, subject, "student");
    CooperationAgreement agreement =
        requireKnown(agreements, assignment.agreement(), type, subject, "agreement");
    for (TutorId tutorId : assignment.team()) {
      Tutor tutor = requireKnown(tutors, tutorId, type, subject, "tutors");
      if (!agreement.parties().contains(tutor.homeInstitution())) {
        throw new ValidationException(
            type,
            subject,
            "tutors",
            tutorId,
            "must work at a party to agreement "
                + agreement.id()
                + " "
                + agreement.parties()
                + ", but works at "
                + tutor.homeInstitution());
      }
    }
  }

  private static void checkNoOverlap(Collection<DualTutorAssignment> ofOneStudent) {
    List<DualTutorAssignment> ordered = List.copyOf(ofOneStudent);
    for (int i = 1; i < ordered.size(); i++) {
      DualTutorAssignment previous = ordered.get(i - 1);
      DualTutorAssignment next = ordered.get(i);
      if (previous.period().overlaps(next.period())) {
        throw new ValidationException(
            "DualTutorAssignment",
            next.student(),
            "period",
            next.period(),
            "must not overlap the student's assignment for " + previous.period());
      }
    }
  }

  static <K, V> V requireKnown(
      Map<K, V> known, K id, String type, Object subject, String field) {
    V value = known.get(id);
    if (value == null) {
      throw new ValidationException(type, subject, field, id, "must refer to an entry in the record");
    }
    return value;
  }

  private static void requireParty(
      CooperationAgreement agreement,
      InstitutionId institution,
      String type,
      Object subject,
      String field) {
    if (!agreement.parties().contains(institution)) {
      throw new ValidationException(
          type,
          subject,
          field,
          institution,
          "must be a party to agreement " + agreement.id() + " " + agreement.parties());
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Facts facts
        && institutions.equals(facts.institutions)
        && students.equals(facts.students)
        && tutors.equals(facts.tutors)
        && administrators.equals(facts.administrators)
        && agreements.equals(facts.agreements)
        && candidacies.equals(facts.candidacies)
        && placements.equals(facts.placements)
        && assignments.equals(facts.assignments)
        && relations.equals(facts.relations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        institutions, students, tutors, administrators, agreements, candidacies, placements, assignments, relations);
  }
}
