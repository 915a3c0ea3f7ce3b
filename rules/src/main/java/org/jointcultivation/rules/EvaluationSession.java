package org.jointcultivation.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.Candidacy;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.EventReferences;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.internal.PersistentIndex;
import org.jointcultivation.core.record.CultivationRecord;
import org.jspecify.annotations.Nullable;

/**
 * A record and its assessment on a fixed day, updated one event at a time: what a portal holds
 * to show a student's duties as soon as a meeting is recorded.
 *
 * <p>{@link #apply} evaluates again only the subjects the event can affect: the students it names
 * (or, for an event that names none, the students of the tutors and agreements it names), the
 * tutors and agreements it names, and those students' tutors and agreements.
 * The result equals a full {@link RuleEngine#evaluate} of the new record, for the standard rules
 * and for any plugin rule that, like them, reads only its subject's events and those of the
 * subject's tutors and agreements; the tests check that over generated cohorts and event streams. A session is immutable: {@code apply} returns a new one and
 * leaves this one, and its record, as they were.
 *
 * <pre>{@code
 * EvaluationSession session = engine.openSession(record, today);
 * session = session.apply(meeting);
 * session.lastChange().obligations().forEach(portal::refresh);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EvaluationSession {
  /** The key of findings about no student, tutor or agreement. */
  private static final Object NO_SUBJECT = "no subject";

  private final RuleEngine engine;
  private final CultivationRecord record;
  private final LocalDate asOf;
  private final Assessment base;
  // Findings by subject (StudentId, TutorId, AgreementId, or NO_SUBJECT; errors by subject text),
  // persistent so that apply copies only what the event touched.
  private final PersistentIndex<Object, ImmutableList<ObligationInstance>> obligations;
  private final PersistentIndex<PersonId, ImmutableList<Proposal>> proposals;
  private final PersistentIndex<String, ImmutableList<RuleError>> errors;
  private final PersistentIndex<StudentId, ImmutableList<ResolvedConflict>> conflicts;
  private final AssessmentChange lastChange;
  /** The assessment, put together on first use from the findings. */
  private volatile @Nullable Assessment assessment;

  EvaluationSession(RuleEngine engine, CultivationRecord record, Assessment assessment,
      Map<PersonId, List<Proposal>> proposalsByOrigin) {
    this.engine = engine;
    this.record = record;
    this.asOf = assessment.asOf();
    this.base = assessment;
    this.obligations = index(assessment.obligations(), EvaluationSession::subjectOf);
    Map<PersonId, ImmutableList<Proposal>> byOrigin = new HashMap<>();
    proposalsByOrigin.forEach((origin, made) -> byOrigin.put(origin, ImmutableList.copyOf(made)));
    this.proposals = PersistentIndex.copyOf(byOrigin);
    this.errors = index(assessment.errors(), RuleError::subject);
    this.conflicts = index(assessment.conflicts(), ResolvedConflict::student);
    this.lastChange = AssessmentChange.NONE;
    this.assessment = assessment;
  }

  private EvaluationSession(EvaluationSession previous, CultivationRecord record,
      PersistentIndex<Object, ImmutableList<ObligationInstance>> obligations,
      PersistentIndex<PersonId, ImmutableList<Proposal>> proposals,
      PersistentIndex<String, ImmutableList<RuleError>> errors,
      PersistentIndex<StudentId, ImmutableList<ResolvedConflict>> conflicts, AssessmentChange lastChange) {
    this.engine = previous.engine;
    this.record = record;
    this.asOf = previous.asOf;
    this.base = previous.base;
    this.obligations = obligations;
    this.proposals = proposals;
    this.errors = errors;
    this.conflicts = conflicts;
    this.lastChange = lastChange;
    this.assessment = null;
  }

  /** The record, with every event applied so far. */
  public CultivationRecord record() {
    return record;
  }

  /** The day the record is assessed as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The current assessment, equal to a full evaluation of {@link #record()}; put together on the
   * first call after an {@link #apply}, which costs time in the size of the assessment.
   */
  public Assessment assessment() {
    Assessment current = assessment;
    if (current == null) {
      current = base.updated(all(obligations), all(proposals), all(errors), all(conflicts));
      assessment = current;
    }
    return current;
  }

  /** The obligation instances of {@code student}, as in {@code assessment().obligationsOf(student)}. */
  public List<ObligationInstance> obligationsOf(StudentId student) {
    return ImmutableList.sortedCopyOf(java.util.Comparator.comparing(ObligationInstance::id),
        obligations.getOrDefault(Objects.requireNonNull(student, "student"), ImmutableList.of()));
  }

  /** What the {@code apply} that made this session changed; nothing for a session just opened. */
  public AssessmentChange lastChange() {
    return lastChange;
  }

  /**
   * The session with {@code event} added to the record and the findings of the subjects it can
   * affect brought up to date. An event already in the record returns this session.
   *
   * @throws org.jointcultivation.core.ValidationException if the record rejects the event; this
   *     session is unchanged
   */
  public EvaluationSession apply(CultivationEvent event) {
    Objects.requireNonNull(event, "event");
    if (record.event(event.id()).filter(event::equals).isPresent()) {
      return this;
    }
    CultivationRecord next = record.withEvent(event);
    Evaluation.Subjects affected = affectedBy(event.references(), next);

    List<Object> subjectKeys = new ArrayList<>();
    subjectKeys.addAll(affected.students());
    subjectKeys.addAll(affected.tutors());
    subjectKeys.addAll(affected.agreements());
    List<ObligationInstance> replaced = new ArrayList<>();
    subjectKeys.forEach(key -> replaced.addAll(obligations.getOrDefault(key, ImmutableList.of())));
    // A tutor's sanctions count the violations they bear for every one of their students.
    Set<StudentId> supervised = new LinkedHashSet<>();
    for (TutorId tutor : affected.tutors()) {
      next.assignmentsOfTutor(tutor).forEach(a -> supervised.add(a.student()));
    }
    supervised.removeAll(affected.students());
    List<ObligationInstance> others = new ArrayList<>();
    supervised.forEach(student -> others.addAll(obligations.getOrDefault(student, ImmutableList.of())));

    Evaluation.Findings findings = new Evaluation(engine, next, asOf, new Evaluation.Subjects(
        affected.students(), affected.tutors(), affected.agreements(), others)).findings();

    PersistentIndex<Object, ImmutableList<ObligationInstance>> newObligations =
        replace(obligations, subjectKeys, findings.obligations(), EvaluationSession::subjectOf);
    List<PersonId> persons = new ArrayList<>(affected.students());
    persons.addAll(affected.tutors());
    List<Proposal> replacedProposals = new ArrayList<>();
    persons.forEach(person -> replacedProposals.addAll(proposals.getOrDefault(person, ImmutableList.of())));
    PersistentIndex<PersonId, ImmutableList<Proposal>> newProposals = proposals;
    for (PersonId person : persons) {
      newProposals = newProposals.with(person,
          ImmutableList.copyOf(findings.proposalsByOrigin().getOrDefault(person, List.of())));
    }
    List<String> texts = new ArrayList<>();
    affected.students().forEach(s -> texts.add(s.value()));
    affected.tutors().forEach(t -> texts.add(t.value()));
    affected.agreements().forEach(a -> texts.add(a.value()));
    PersistentIndex<String, ImmutableList<RuleError>> newErrors =
        replace(errors, texts, findings.errors(), RuleError::subject);
    PersistentIndex<StudentId, ImmutableList<ResolvedConflict>> newConflicts =
        replace(conflicts, affected.students(), findings.conflicts(), ResolvedConflict::student);

    AssessmentChange change = AssessmentChange.between(replaced, findings.obligations(), replacedProposals,
        findings.proposals(), affected.students(), affected.tutors(), affected.agreements());
    return new EvaluationSession(this, next, newObligations, newProposals, newErrors, newConflicts, change);
  }

  private static Object subjectOf(ObligationInstance obligation) {
    if (obligation.student().isPresent()) {
      return obligation.student().get();
    }
    if (obligation.tutor().isPresent()) {
      return obligation.tutor().get();
    }
    return obligation.agreement().<Object>map(a -> a).orElse(NO_SUBJECT);
  }

  private static <K, T> PersistentIndex<K, ImmutableList<T>> index(List<T> items, Function<T, K> key) {
    Map<K, ImmutableList.Builder<T>> lists = new HashMap<>();
    items.forEach(item -> lists.computeIfAbsent(key.apply(item), k -> ImmutableList.builder()).add(item));
    return PersistentIndex.ofLists(lists);
  }

  /** {@code index} with the items of {@code keys} replaced by {@code found}, grouped by key. */
  private static <K, T> PersistentIndex<K, ImmutableList<T>> replace(PersistentIndex<K, ImmutableList<T>> index,
      Collection<? extends K> keys, List<T> found, Function<T, K> key) {
    Map<K, List<T>> grouped = new LinkedHashMap<>();
    keys.forEach(k -> grouped.put(k, new ArrayList<>()));
    for (T item : found) {
      grouped.computeIfAbsent(key.apply(item), k -> new ArrayList<>(
          index.getOrDefault(k, ImmutableList.of()))).add(item);
    }
    PersistentIndex<K, ImmutableList<T>> result = index;
    for (Map.Entry<K, List<T>> entry : grouped.entrySet()) {
      result = result.with(entry.getKey(), ImmutableList.copyOf(entry.getValue()));
    }
    return result;
  }

  private static <T> List<T> all(PersistentIndex<?, ImmutableList<T>> index) {
    List<T> all = new ArrayList<>();
    index.forEach((key, items) -> all.addAll(items));
    return all;
  }

  /** The subjects whose findings an event naming {@code references} can change. */
  private static Evaluation.Subjects affectedBy(EventReferences references, CultivationRecord record) {
    Set<StudentId> students = new TreeSet<>(java.util.Comparator.comparing(StudentId::value));
    students.addAll(references.students());
    if (students.isEmpty()) {
      // An event about tutors or an agreement alone (training, exchange, funds, a termination for
      // everyone) can change the findings of every student they supervise or cover; one that
      // names its students changes theirs, and the rules of their tutors and agreements below.
      for (TutorId tutor : references.tutors()) {
        record.assignmentsOfTutor(tutor).forEach(assignment -> students.add(assignment.student()));
      }
      for (AgreementId agreement : references.agreements()) {
        students.addAll(record.studentsUnder(agreement));
      }
    }
    students.removeIf(student -> record.student(student).isEmpty());
    Set<TutorId> tutors = new TreeSet<>(java.util.Comparator.comparing(TutorId::value));
    tutors.addAll(references.tutors());
    Set<AgreementId> agreements = new TreeSet<>(java.util.Comparator.comparing(AgreementId::value));
    agreements.addAll(references.agreements());
    for (StudentId student : students) {
      for (DualTutorAssignment assignment : record.assignmentsOf(student)) {
        tutors.addAll(assignment.team());
        agreements.add(assignment.agreement());
      }
      record.candidacy(student).map(Candidacy::agreement).ifPresent(agreements::add);
    }
    tutors.removeIf(tutor -> record.tutor(tutor).isEmpty());
    agreements.removeIf(agreement -> record.agreement(agreement).isEmpty());
    return new Evaluation.Subjects(ImmutableSet.copyOf(students), ImmutableSet.copyOf(tutors),
        ImmutableSet.copyOf(agreements), ImmutableList.of());
  }

}
