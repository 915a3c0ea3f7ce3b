package org.jointcultivation.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
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
import org.jointcultivation.core.party.InstitutionId;
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
  private final CompiledRegulations regulations;
  private final CultivationRecord record;
  private final LocalDate asOf;
  private final Assessment base;
  // One index from each subject to what its evaluation found (proposals by the subject whose
  // evaluation made them), persistent so that apply copies only what the event touched.
  private final PersistentIndex<Subject, Findings.OfSubject> findings;
  private final AssessmentChange lastChange;
  /** The assessment, put together on first use from the findings. */
  private volatile @Nullable Assessment assessment;

  EvaluationSession(CompiledRegulations regulations, CultivationRecord record, LocalDate asOf, Findings found) {
    this.regulations = regulations;
    this.record = record;
    this.asOf = asOf;
    this.base = found.toAssessment(record, asOf);
    this.findings = PersistentIndex.copyOf(found.bySubject(List.of()));
    this.lastChange = AssessmentChange.NONE;
    this.assessment = base;
  }

  private EvaluationSession(EvaluationSession previous, CultivationRecord record,
      PersistentIndex<Subject, Findings.OfSubject> findings, AssessmentChange lastChange) {
    this.regulations = previous.regulations;
    this.record = record;
    this.asOf = previous.asOf;
    this.base = previous.base;
    this.findings = findings;
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
   * The first day after {@link #asOf()} on which {@code subject}'s part of the assessment could
   * change with no new event: {@link RuleEngine#nextChange} for this session's record.
   *
   * @since 0.2.0
   */
  public java.util.Optional<LocalDate> nextChange(Subject subject) {
    return NextChange.of(regulations, record(), assessment(), java.util.Objects.requireNonNull(subject, "subject"));
  }

  /**
   * The current assessment, equal to a full evaluation of {@link #record()}; put together on the
   * first call after an {@link #apply}, which costs time in the size of the assessment.
   */
  public Assessment assessment() {
    Assessment current = assessment;
    if (current == null) {
      List<ObligationInstance> obligations = new ArrayList<>();
      List<Proposal> proposals = new ArrayList<>();
      List<RuleError> errors = new ArrayList<>();
      List<ResolvedConflict> conflicts = new ArrayList<>();
      findings.forEach((subject, found) -> {
        obligations.addAll(found.obligations());
        proposals.addAll(found.proposals());
        errors.addAll(found.errors());
        conflicts.addAll(found.conflicts());
      });
      current = base.updated(obligations, proposals, errors, conflicts);
      assessment = current;
    }
    return current;
  }

  /** The obligation instances of {@code student}, as in {@code assessment().obligationsOf(student)}. */
  public List<ObligationInstance> obligationsOf(StudentId student) {
    return ImmutableList.sortedCopyOf(java.util.Comparator.comparing(ObligationInstance::id),
        findings.getOrDefault(Subject.of(Objects.requireNonNull(student, "student")), Findings.OfSubject.NONE)
            .obligations());
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
    List<Subject> subjects = new ArrayList<>();
    affected.students().forEach(student -> subjects.add(Subject.of(student)));
    affected.tutors().forEach(tutor -> subjects.add(Subject.of(tutor)));
    affected.agreements().forEach(agreement -> subjects.add(Subject.of(agreement)));
    affected.institutions().forEach(institution -> subjects.add(Subject.of(institution)));

    // A tutor's sanctions count the violations they bear for every one of their students.
    Set<StudentId> supervised = new LinkedHashSet<>();
    for (TutorId tutor : affected.tutors()) {
      next.assignmentsOfTutor(tutor).forEach(a -> supervised.add(a.student()));
    }
    supervised.removeAll(affected.students());
    List<ObligationInstance> others = new ArrayList<>();
    supervised.forEach(student -> others.addAll(
        findings.getOrDefault(Subject.of(student), Findings.OfSubject.NONE).obligations()));

    Findings found = Evaluation.of(regulations, next, asOf, new Evaluation.Subjects(
        affected.students(), affected.tutors(), affected.agreements(), affected.institutions(), others));

    List<ObligationInstance> replaced = new ArrayList<>();
    List<Proposal> replacedProposals = new ArrayList<>();
    PersistentIndex<Subject, Findings.OfSubject> updated = findings;
    for (Map.Entry<Subject, Findings.OfSubject> entry : found.bySubject(subjects).entrySet()) {
      Findings.OfSubject previous = findings.getOrDefault(entry.getKey(), Findings.OfSubject.NONE);
      replaced.addAll(previous.obligations());
      replacedProposals.addAll(previous.proposals());
      updated = updated.with(entry.getKey(), entry.getValue());
    }
    AssessmentChange change = AssessmentChange.between(replaced, found.obligations(), replacedProposals,
        found.proposals(), affected.students(), affected.tutors(), affected.agreements());
    return new EvaluationSession(this, next, updated, change);
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
    // An institution's own rules read the events that name it.
    Set<InstitutionId> institutions = new TreeSet<>(java.util.Comparator.comparing(InstitutionId::value));
    institutions.addAll(references.institutions());
    institutions.removeIf(institution -> record.institution(institution).isEmpty());
    return new Evaluation.Subjects(ImmutableSet.copyOf(students), ImmutableSet.copyOf(tutors),
        ImmutableSet.copyOf(agreements), ImmutableSet.copyOf(institutions), ImmutableList.of());
  }

}
