package org.jointcultivation.core.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import org.jointcultivation.core.event.EventReferences;
import org.jointcultivation.core.internal.PersistentIndex;
import org.jointcultivation.core.internal.SortedSequence;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.Candidacy;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.agreement.GoverningRegulationsClause;
import org.jointcultivation.core.agreement.Placement;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.Relation;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.party.Administrator;
import org.jointcultivation.core.party.AdministratorId;
import org.jointcultivation.core.party.Institution;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.vocabulary.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * The validated snapshot of a joint cultivation programme: its parties, agreements, candidacies,
 * placements, tutor assignments and dated events, with lookups by student, tutor, agreement and
 * institution.
 *
 * <p>Every reference resolves: an event that names an unknown student, a placement at a host that
 * is not a party to its agreement, or a meeting attended by someone outside the supervision team is
 * rejected with a {@link ValidationException}, and nothing is built. A record is immutable; {@link
 * #withEvent} and {@link #withEvents} return a new record and leave this one as it was.
 *
 * <p>Events are kept in a canonical order (by date, then id), so records built from the same facts
 * and events are equal however the events arrived. Adding an event that is already in the record
 * with the same content changes nothing; one with the same id and other content is rejected.
 *
 * <pre>{@code
 * CultivationRecord record = CultivationRecord.builder()
 *     .addInstitution(college).addInstitution(institute)
 *     .addStudent(student).addTutor(theoretical).addTutor(practical)
 *     .addAgreement(agreement).addCandidacy(candidacy).addAssignment(assignment)
 *     .addEvent(meeting)
 *     .build();
 * List<CultivationEvent> history = record.eventsOf(student.id());
 * }</pre>
 *
 * <p>In JSON ({@link org.jointcultivation.core.json.CultivationJson}) a record is a document: {@code
 * formatVersion}, then lists of {@code institutions}, {@code students}, {@code tutors}, {@code
 * administrators}, {@code agreements}, {@code candidacies}, {@code placements}, {@code assignments},
 * {@code relations} (when there are any) and {@code events}, each in canonical order; reading one validates it as {@link Builder#build()}
 * does.
 *
 * @since 0.1.0
 */
public final class CultivationRecord {
  /** The canonical order of events: by date, then by id. */
  public static final Comparator<CultivationEvent> EVENT_ORDER = (a, b) -> {
    int byDate = a.date().compareTo(b.date());
    return byDate != 0 ? byDate : a.id().value().compareTo(b.id().value());
  };

  private static final SortedSequence<CultivationEvent> NO_EVENTS = SortedSequence.empty(EVENT_ORDER);

  private final Facts facts;
  // Persistent indexes: withEvent shares all but the touched keys' entries with this record.
  private final PersistentIndex<EventId, CultivationEvent> eventsById;
  private final PersistentIndex<StudentId, SortedSequence<CultivationEvent>> eventsByStudent;
  private final PersistentIndex<TutorId, SortedSequence<CultivationEvent>> eventsByTutor;
  private final PersistentIndex<AgreementId, SortedSequence<CultivationEvent>> eventsByAgreement;
  private final PersistentIndex<InstitutionId, SortedSequence<CultivationEvent>> eventsByInstitution;
  /** Every event in canonical order; worked out on first use after {@link #withEvents}. */
  private volatile @Nullable ImmutableList<CultivationEvent> events;

  private CultivationRecord(Facts facts, Map<EventId, CultivationEvent> eventsById) {
    this.facts = facts;
    this.eventsById = PersistentIndex.copyOf(eventsById);
    ImmutableList<CultivationEvent> ordered = ImmutableList.sortedCopyOf(EVENT_ORDER, eventsById.values());
    this.events = ordered;
    Map<StudentId, ImmutableList.Builder<CultivationEvent>> byStudent = new HashMap<>();
    Map<TutorId, ImmutableList.Builder<CultivationEvent>> byTutor = new HashMap<>();
    Map<AgreementId, ImmutableList.Builder<CultivationEvent>> byAgreement = new HashMap<>();
    Map<InstitutionId, ImmutableList.Builder<CultivationEvent>> byInstitution = new HashMap<>();
    for (CultivationEvent event : ordered) {
      var references = event.references();
      references.students().forEach(student -> byStudent.computeIfAbsent(student, k -> ImmutableList.builder()).add(event));
      references.tutors().forEach(tutor -> byTutor.computeIfAbsent(tutor, k -> ImmutableList.builder()).add(event));
      references.agreements().forEach(agreement -> byAgreement.computeIfAbsent(agreement, k -> ImmutableList.builder()).add(event));
      references.institutions().forEach(institution -> byInstitution.computeIfAbsent(institution, k -> ImmutableList.builder()).add(event));
    }
    this.eventsByStudent = sequences(byStudent);
    this.eventsByTutor = sequences(byTutor);
    this.eventsByAgreement = sequences(byAgreement);
    this.eventsByInstitution = sequences(byInstitution);
  }

  private CultivationRecord(Facts facts, PersistentIndex<EventId, CultivationEvent> eventsById,
      PersistentIndex<StudentId, SortedSequence<CultivationEvent>> eventsByStudent,
      PersistentIndex<TutorId, SortedSequence<CultivationEvent>> eventsByTutor,
      PersistentIndex<AgreementId, SortedSequence<CultivationEvent>> eventsByAgreement,
      PersistentIndex<InstitutionId, SortedSequence<CultivationEvent>> eventsByInstitution) {
    this.facts = facts;
    this.eventsById = eventsById;
    this.eventsByStudent = eventsByStudent;
    this.eventsByTutor = eventsByTutor;
    this.eventsByAgreement = eventsByAgreement;
    this.eventsByInstitution = eventsByInstitution;
    this.events = null;
  }

  /** {@code index} with {@code event} inserted, in canonical order, into the sequence of each key. */
  private static <K> PersistentIndex<K, SortedSequence<CultivationEvent>> inserted(
      PersistentIndex<K, SortedSequence<CultivationEvent>> index, Iterable<K> keys, CultivationEvent event) {
    PersistentIndex<K, SortedSequence<CultivationEvent>> result = index;
    for (K key : keys) {
      SortedSequence<CultivationEvent> sequence = result.get(key);
      result = result.with(key, (sequence == null ? NO_EVENTS : sequence).with(event));
    }
    return result;
  }

  private static <K> PersistentIndex<K, SortedSequence<CultivationEvent>> sequences(
      Map<K, ImmutableList.Builder<CultivationEvent>> lists) {
    Map<K, SortedSequence<CultivationEvent>> built = new HashMap<>();
    lists.forEach((key, list) -> built.put(key, SortedSequence.ofSorted(EVENT_ORDER, list.build())));
    return PersistentIndex.copyOf(built);
  }


  /** A builder for a new record. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this record's vocabulary, every fact and every event: to build a record with
   * more facts (a portal adding its administrators to a programme it was given), which {@link
   * #withEvent} cannot.
   *
   * @since 0.2.0
   */
  public Builder toBuilder() {
    Builder builder = builder().vocabulary(vocabulary());
    institutions().forEach(builder::addInstitution);
    students().forEach(builder::addStudent);
    tutors().forEach(builder::addTutor);
    administrators().forEach(builder::addAdministrator);
    agreements().forEach(builder::addAgreement);
    candidacies().forEach(builder::addCandidacy);
    facts.placements.values().forEach(builder::addPlacement);
    assignments().forEach(builder::addAssignment);
    relations().forEach(builder::addRelation);
    return builder.addEvents(events());
  }

  /**
   * This record's vocabulary and facts with no events: what an application stores once, beside
   * the events it appends one by one.
   *
   * @since 0.2.0
   */
  public CultivationRecord withoutEvents() {
    return eventsById.size() == 0 ? this : new CultivationRecord(facts, Map.of());
  }

  /**
   * What the record held on {@code day}: the same facts, and only the events recorded by then (an
   * event's {@link CultivationEvent#recordedOn()}, or the day it happened if that is not known).
   * Evaluated as of {@code day}, it gives what the office knew then; evaluated later, what it
   * would have found had nothing else been recorded.
   *
   * @throws ValidationException if a kept event refers to one recorded after {@code day} (a
   *     follow-up recorded before the feedback it follows), naming both
   * @since 0.3.0
   */
  public CultivationRecord asRecordedOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    List<CultivationEvent> kept = new ArrayList<>();
    boolean all = true;
    for (CultivationEvent event : events()) {
      if (event.recordedOn().orElse(event.date()).isAfter(day)) {
        all = false;
      } else {
        kept.add(event);
      }
    }
    return all ? this : withoutEvents().withEvents(kept);
  }

  /**
   * A record with {@code event} added.
   *
   * @throws ValidationException if the event refers to anything the record does not hold, breaks
   *     a rule of the record (e.g. a meeting attended by someone outside the supervision team), or
   *     reuses the id of an event with other content; this record is unchanged either way
   */
  public CultivationRecord withEvent(CultivationEvent event) {
    return withEvents(List.of(event));
  }

  /**
   * A record with all of {@code newEvents} added. They are validated together, so an event may
   * refer to another in the same batch, in any order.
   *
   * @throws ValidationException as for {@link #withEvent}; none of the events is added then
   */
  public CultivationRecord withEvents(Iterable<? extends CultivationEvent> newEvents) {
    Map<EventId, CultivationEvent> staged = new LinkedHashMap<>();
    for (CultivationEvent event : newEvents) {
      Objects.requireNonNull(event, "event");
      CultivationEvent existing = eventsById.get(event.id());
      if (existing == null) {
        existing = staged.putIfAbsent(event.id(), event);
      }
      if (existing != null && !existing.equals(event)) {
        throw new ValidationException(EventValidator.typeName(event), event.id(), "id", event.id(),
            "is already in the record with different content: " + existing);
      }
    }
    if (staged.isEmpty()) {
      return this;
    }
    EventValidator validator = new EventValidator(facts, id -> {
      CultivationEvent event = staged.get(id);
      return event != null ? event : eventsById.get(id);
    });
    staged.values().forEach(validator::validate);
    PersistentIndex<EventId, CultivationEvent> byId = eventsById;
    var byStudent = eventsByStudent;
    var byTutor = eventsByTutor;
    var byAgreement = eventsByAgreement;
    var byInstitution = eventsByInstitution;
    for (CultivationEvent event : staged.values()) {
      byId = byId.with(event.id(), event);
      EventReferences references = event.references();
      byStudent = inserted(byStudent, references.students(), event);
      byTutor = inserted(byTutor, references.tutors(), event);
      byAgreement = inserted(byAgreement, references.agreements(), event);
      byInstitution = inserted(byInstitution, references.institutions(), event);
    }
    return new CultivationRecord(facts, byId, byStudent, byTutor, byAgreement, byInstitution);
  }

  /** The record's JSON form, {@link RecordDocument}. */
  @JsonValue
  RecordDocument toDocument() {
    return RecordDocument.of(this, facts);
  }

  /** Reads the JSON form, validating as {@link Builder#build()} does. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static CultivationRecord fromDocument(RecordDocument document) {
    return document.toRecord();
  }

  // ---- parties ---------------------------------------------------------------------------------

  /** The institution with {@code id}, if the record holds it. */
  public Optional<Institution> institution(InstitutionId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(facts.institutions.get(id));
  }

  /** Every institution, ordered by id. */
  public Collection<Institution> institutions() {
    return facts.institutions.values();
  }

  /** The student with {@code id}, if the record holds them. */
  public Optional<Student> student(StudentId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(facts.students.get(id));
  }

  /** Every student, ordered by id. */
  public Collection<Student> students() {
    return facts.students.values();
  }

  /** The tutor with {@code id}, if the record holds them. */
  public Optional<Tutor> tutor(TutorId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(facts.tutors.get(id));
  }

  /** Every tutor, ordered by id. */
  public Collection<Tutor> tutors() {
    return facts.tutors.values();
  }

  /** The administrator with {@code id}, if the record holds them. */
  public Optional<Administrator> administrator(AdministratorId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(facts.administrators.get(id));
  }

  /** Every administrator, ordered by id. */
  public Collection<Administrator> administrators() {
    return facts.administrators.values();
  }

  // ---- bindings --------------------------------------------------------------------------------

  /** The agreement with {@code id}, if the record holds it. */
  public Optional<CooperationAgreement> agreement(AgreementId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(facts.agreements.get(id));
  }

  /** Every agreement, ordered by id. */
  public Collection<CooperationAgreement> agreements() {
    return facts.agreements.values();
  }

  /**
   * The vocabulary the record's attributes and declared events were checked against; {@link
   * Vocabulary#EMPTY} unless the builder was given one.
   *
   * @since 0.2.0
   */
  public Vocabulary vocabulary() {
    return facts.vocabulary;
  }

  /** The student's candidacy (home, host, agreement), if the record holds one. */
  public Optional<Candidacy> candidacy(StudentId student) {
    Objects.requireNonNull(student, "student");
    return Optional.ofNullable(facts.candidacies.get(student));
  }

  /**
   * The agreement the student is jointly cultivated under: their candidacy's, or, for a student
   * without a candidacy, that of their first tutor assignment.
   *
   * @since 0.2.0
   */
  public Optional<CooperationAgreement> agreementOf(StudentId student) {
    Objects.requireNonNull(student, "student");
    Optional<AgreementId> id = candidacy(student).map(Candidacy::agreement)
        .or(() -> assignmentsOf(student).stream().findFirst().map(DualTutorAssignment::agreement));
    return id.flatMap(this::agreement);
  }

  /**
   * The institutions the student is affiliated with: their candidacy's home and host, or, for a
   * student without a candidacy, the parties of their agreement.
   *
   * @since 0.2.0
   */
  public Set<InstitutionId> institutionsOf(StudentId student) {
    Objects.requireNonNull(student, "student");
    Optional<Candidacy> candidacy = candidacy(student);
    if (candidacy.isPresent()) {
      Optional<InstitutionId> host = candidacy.get().hostInstitution();
      return host.isPresent() ? ImmutableSet.of(candidacy.get().homeInstitution(), host.get())
          : ImmutableSet.of(candidacy.get().homeInstitution());
    }
    return agreementOf(student).map(CooperationAgreement::parties).orElse(Set.of());
  }

  /**
   * Whose regulations govern decisions about the student on {@code day}, highest precedence first:
   * the governing-regulations clause of their agreement in force that day (or, failing that, on
   * the agreement's first day), else their home institution's alone.
   *
   * @since 0.2.0
   */
  public List<InstitutionId> governingRegulations(StudentId student, LocalDate day) {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(day, "day");
    return agreementOf(student).flatMap(a -> a.clauseOn(day, GoverningRegulationsClause.class)
            .or(() -> a.clauseOn(a.startDate(), GoverningRegulationsClause.class)))
        .map(GoverningRegulationsClause::precedence)
        .orElseGet(() -> candidacy(student).map(c -> List.of(c.homeInstitution())).orElse(List.of()));
  }

  /** Every candidacy, ordered by student id. */
  public Collection<Candidacy> candidacies() {
    return facts.candidacies.values();
  }

  /**
   * Every relation between people, by start date.
   *
   * @since 0.2.0
   */
  public List<Relation> relations() {
    return facts.relations;
  }

  /**
   * The relations {@code person} is in, by start date.
   *
   * @since 0.2.0
   */
  public List<Relation> relationsOf(PersonId person) {
    return facts.relationsByPerson.get(Objects.requireNonNull(person, "person"));
  }

  /** The student's placements, by start date. */
  public List<Placement> placementsOf(StudentId student) {
    Objects.requireNonNull(student, "student");
    return facts.placements.get(student);
  }

  /** The student's tutor assignments, by start date; they never overlap. */
  public List<DualTutorAssignment> assignmentsOf(StudentId student) {
    Objects.requireNonNull(student, "student");
    return facts.assignments.get(student);
  }

  /** Every tutor assignment, by student, then start date. */
  public Collection<DualTutorAssignment> assignments() {
    return facts.assignments.values();
  }

  /** The student's supervision team on {@code day}, if one is assigned then. */
  public Optional<DualTutorAssignment> assignmentOn(StudentId student, LocalDate day) {
    Objects.requireNonNull(student, "student");
    return facts.assignmentOn(student, day);
  }

  /** Every assignment in which {@code tutor} is a member of the team, by start date. */
  public List<DualTutorAssignment> assignmentsOfTutor(TutorId tutor) {
    Objects.requireNonNull(tutor, "tutor");
    return facts.assignmentsByTutor.get(tutor);
  }

  /** The students under {@code agreement}, by candidacy or assignment, ordered by id. */
  public Set<StudentId> studentsUnder(AgreementId agreement) {
    Objects.requireNonNull(agreement, "agreement");
    return facts.studentsByAgreement.get(agreement);
  }

  /** The students whose home or host institution is {@code institution}, ordered by id. */
  public Set<StudentId> studentsAffiliatedWith(InstitutionId institution) {
    Objects.requireNonNull(institution, "institution");
    return facts.studentsByInstitution.get(institution);
  }

  // ---- events ----------------------------------------------------------------------------------

  /** The event with {@code id}, if the record holds it. */
  public Optional<CultivationEvent> event(EventId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(eventsById.get(id));
  }

  /** Every event, in canonical order (by date, then id). */
  public List<CultivationEvent> events() {
    ImmutableList<CultivationEvent> ordered = events;
    if (ordered == null) {
      List<CultivationEvent> all = new ArrayList<>(eventsById.size());
      eventsById.forEach((id, event) -> all.add(event));
      ordered = ImmutableList.sortedCopyOf(EVENT_ORDER, all);
      events = ordered;
    }
    return ordered;
  }

  /**
   * The measure {@code decision} decided: as it modified it, or as proposed; empty for a rejection
   * or a proposal the record does not hold.
   *
   * @since 0.2.0
   */
  public Optional<org.jointcultivation.core.event.Measure> decidedMeasure(
      org.jointcultivation.core.event.MeasureDecided decision) {
    if (decision.decision() == org.jointcultivation.core.event.Decision.REJECTED) {
      return Optional.empty();
    }
    return decision.decidedMeasure().or(() -> event(decision.proposal())
        .filter(org.jointcultivation.core.event.MeasureProposed.class::isInstance)
        .map(p -> ((org.jointcultivation.core.event.MeasureProposed) p).measure()));
  }

  /** The events that refer to {@code student}, in canonical order. */
  public List<CultivationEvent> eventsOf(StudentId student) {
    Objects.requireNonNull(student, "student");
    return eventsByStudent.getOrDefault(student, NO_EVENTS);
  }

  /** The events of type {@code kind} that refer to {@code student}, in canonical order. */
  public <T extends CultivationEvent> List<T> eventsOf(StudentId student, Class<T> kind) {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(kind, "kind");
    List<CultivationEvent> all = eventsOf(student);
    // A loop, not a stream: rules call this for every student, often for kinds a student lacks.
    ImmutableList.Builder<T> ofKind = null;
    for (CultivationEvent event : all) {
      if (kind.isInstance(event)) {
        if (ofKind == null) {
          ofKind = ImmutableList.builder();
        }
        ofKind.add(kind.cast(event));
      }
    }
    return ofKind == null ? ImmutableList.of() : ofKind.build();
  }

  /** The events that refer to {@code tutor}, in canonical order. */
  public List<CultivationEvent> eventsOf(TutorId tutor) {
    Objects.requireNonNull(tutor, "tutor");
    return eventsByTutor.getOrDefault(tutor, NO_EVENTS);
  }

  /** The events that refer to {@code agreement}, in canonical order. */
  public List<CultivationEvent> eventsOf(AgreementId agreement) {
    Objects.requireNonNull(agreement, "agreement");
    return eventsByAgreement.getOrDefault(agreement, NO_EVENTS);
  }

  /** The events that refer to {@code institution} directly, in canonical order. */
  public List<CultivationEvent> eventsOf(InstitutionId institution) {
    Objects.requireNonNull(institution, "institution");
    return eventsByInstitution.getOrDefault(institution, NO_EVENTS);
  }

  // ---- identity --------------------------------------------------------------------------------

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CultivationRecord record
        && facts.equals(record.facts)
        && eventsById.sameEntries(record.eventsById);
  }

  @Override
  public int hashCode() {
    return 31 * facts.hashCode() + eventsById.entriesHashCode();
  }

  /** A one-line summary of what the record holds. */
  @Override
  public String toString() {
    return "CultivationRecord[institutions="
        + facts.institutions.size()
        + ", students="
        + facts.students.size()
        + ", tutors="
        + facts.tutors.size()
        + ", agreements="
        + facts.agreements.size()
        + ", assignments="
        + facts.assignments.size()
        + ", events="
        + eventsById.size()
        + "]";
  }

  /**
   * Puts each new event into {@code target} unless an identical one is there already, and returns
   * the events that were new.
   */
  private static List<CultivationEvent> mergeEvents(
      Map<EventId, CultivationEvent> target, Iterable<? extends CultivationEvent> newEvents) {
    ImmutableList.Builder<CultivationEvent> added = ImmutableList.builder();
    for (CultivationEvent event : newEvents) {
      Objects.requireNonNull(event, "event");
      CultivationEvent existing = target.putIfAbsent(event.id(), event);
      if (existing == null) {
        added.add(event);
      } else if (!existing.equals(event)) {
        throw new ValidationException(
            EventValidator.typeName(event),
            event.id(),
            "id",
            event.id(),
            "is already in the record with different content: " + existing);
      }
    }
    return added.build();
  }

  /**
   * Collects the facts and events of a new record. Adding a party or binding whose id is already
   * held with other content fails at once, leaving the builder as it was; references are checked
   * by {@link #build()}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Vocabulary vocabulary = Vocabulary.EMPTY;
    private final Map<InstitutionId, Institution> institutions = new LinkedHashMap<>();
    private final Map<StudentId, Student> students = new LinkedHashMap<>();
    private final Map<TutorId, Tutor> tutors = new LinkedHashMap<>();
    private final Map<AdministratorId, Administrator> administrators = new LinkedHashMap<>();
    private final Map<AgreementId, CooperationAgreement> agreements = new LinkedHashMap<>();
    private final Map<StudentId, Candidacy> candidacies = new LinkedHashMap<>();
    private final Set<Placement> placements = new LinkedHashSet<>();
    private final Set<DualTutorAssignment> assignments = new LinkedHashSet<>();
    private final Set<Relation> relations = new LinkedHashSet<>();
    private final Map<EventId, CultivationEvent> events = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The vocabulary the record's attributes and declared events are checked against when it is
     * built; without one, the record may carry neither.
     *
     * @since 0.2.0
     */
    public Builder vocabulary(Vocabulary vocabulary) {
      this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
      return this;
    }

    /** Adds an institution. */
    public Builder addInstitution(Institution institution) {
      put(institutions, institution.id(), institution, "Institution");
      return this;
    }

    /** Adds a student. */
    public Builder addStudent(Student student) {
      put(students, student.id(), student, "Student");
      return this;
    }

    /** Adds a tutor. */
    public Builder addTutor(Tutor tutor) {
      put(tutors, tutor.id(), tutor, "Tutor");
      return this;
    }

    /** Adds an administrator. */
    public Builder addAdministrator(Administrator administrator) {
      put(administrators, administrator.id(), administrator, "Administrator");
      return this;
    }

    /** Adds a cooperation agreement. */
    public Builder addAgreement(CooperationAgreement agreement) {
      put(agreements, agreement.id(), agreement, "CooperationAgreement");
      return this;
    }

    /** Adds a student's candidacy; a student has at most one. */
    public Builder addCandidacy(Candidacy candidacy) {
      put(candidacies, candidacy.student(), candidacy, "Candidacy");
      return this;
    }

    /** Adds a placement. */
    public Builder addPlacement(Placement placement) {
      placements.add(Objects.requireNonNull(placement, "placement"));
      return this;
    }

    /** Adds a dual tutor assignment; a student's assignments must not overlap in time. */
    public Builder addAssignment(DualTutorAssignment assignment) {
      assignments.add(Objects.requireNonNull(assignment, "assignment"));
      return this;
    }

    /**
     * Adds a dated relation between two people of the record, of a kind its vocabulary declares.
     *
     * @since 0.2.0
     */
    public Builder addRelation(Relation relation) {
      relations.add(Objects.requireNonNull(relation, "relation"));
      return this;
    }

    /** Adds an event; an identical event already added is ignored. */
    public Builder addEvent(CultivationEvent event) {
      mergeEvents(events, List.of(event));
      return this;
    }

    /** Adds events; identical events already added are ignored. */
    public Builder addEvents(Iterable<? extends CultivationEvent> newEvents) {
      // Added in place and taken out again on failure: copying what the builder holds for every
      // batch made building a large record quadratic in its batches.
      List<CultivationEvent> added = new ArrayList<>();
      try {
        for (CultivationEvent event : newEvents) {
          Objects.requireNonNull(event, "event");
          CultivationEvent existing = events.putIfAbsent(event.id(), event);
          if (existing == null) {
            added.add(event);
          } else if (!existing.equals(event)) {
            throw new ValidationException(EventValidator.typeName(event), event.id(), "id", event.id(),
                "is already in the record with different content: " + existing);
          }
        }
      } catch (RuntimeException e) {
        added.forEach(event -> events.remove(event.id()));
        throw e;
      }
      return this;
    }

    /**
     * Validates everything added and returns the record.
     *
     * @throws ValidationException naming the first broken rule found
     */
    public CultivationRecord build() {
      Facts facts =
          new Facts(
              vocabulary,
              institutions,
              students,
              tutors,
              administrators,
              agreements,
              candidacies,
              placements,
              assignments,
              relations);
      EventValidator validator = new EventValidator(facts, events::get);
      events.values().forEach(validator::validate);
      return new CultivationRecord(facts, events);
    }

    private static <K, V> void put(Map<K, V> target, K id, V value, String type) {
      Objects.requireNonNull(value, type);
      V existing = target.putIfAbsent(id, value);
      if (existing != null && !existing.equals(value)) {
        throw new ValidationException(
            type, id, "id", id, "is already in the record with different content: " + existing);
      }
    }
  }

  /** Sorts values by a textual key, so that iteration order never depends on arrival order. */
  static <K, V> ImmutableMap<K, V> sortedBy(Map<K, V> map, Function<K, String> key) {
    return ImmutableSortedMap.copyOf(map, Comparator.comparing(key)).entrySet().stream()
        .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  static <T> ImmutableSet<T> sortedSet(Collection<T> values, Comparator<? super T> order) {
    return ImmutableSet.copyOf(ImmutableList.sortedCopyOf(order, values));
  }
}
