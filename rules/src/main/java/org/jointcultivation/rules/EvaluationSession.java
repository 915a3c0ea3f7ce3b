package org.jointcultivation.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.jointcultivation.core.record.CultivationRecord;

/**
 * A record and its assessment on a fixed day, updated one event at a time: what a portal holds
 * to show a student's duties as soon as a meeting is recorded.
 *
 * <p>{@link #apply} evaluates again only the subjects the event can affect: the students it names,
 * the students of the tutors and agreements it names, and those students' tutors and agreements.
 * The result equals a full {@link RuleEngine#evaluate} of the new record; the tests check that over
 * generated cohorts and event streams. A session is immutable: {@code apply} returns a new one and
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
  private final RuleEngine engine;
  private final CultivationRecord record;
  private final Assessment assessment;
  private final AssessmentChange lastChange;

  EvaluationSession(RuleEngine engine, CultivationRecord record, Assessment assessment) {
    this(engine, record, assessment, AssessmentChange.NONE);
  }

  private EvaluationSession(RuleEngine engine, CultivationRecord record, Assessment assessment,
      AssessmentChange lastChange) {
    this.engine = engine;
    this.record = record;
    this.assessment = assessment;
    this.lastChange = lastChange;
  }

  /** The record, with every event applied so far. */
  public CultivationRecord record() {
    return record;
  }

  /** The day the record is assessed as of. */
  public LocalDate asOf() {
    return assessment.asOf();
  }

  /** The current assessment, equal to a full evaluation of {@link #record()}. */
  public Assessment assessment() {
    return assessment;
  }

  /** What the {@code apply} that made this session changed; nothing for a session just opened. */
  public AssessmentChange lastChange() {
    return lastChange;
  }

  /**
   * The session with {@code event} added to the record and the assessment brought up to date.
   * An event already in the record changes nothing and returns this session.
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
    Evaluation.Subjects subjects = affectedBy(event.references(), next);
    List<ObligationInstance> others = new ArrayList<>();
    List<ObligationInstance> replaced = new ArrayList<>();
    for (ObligationInstance obligation : assessment.obligations()) {
      (concerns(obligation, subjects) ? replaced : others).add(obligation);
    }
    Evaluation.Findings findings =
        new Evaluation(engine, next, asOf(), new Evaluation.Subjects(subjects.students(), subjects.tutors(),
            subjects.agreements(), others)).findings();

    List<ObligationInstance> obligations = new ArrayList<>(others);
    obligations.addAll(findings.obligations());
    List<Proposal> proposals = new ArrayList<>();
    List<Proposal> replacedProposals = new ArrayList<>();
    for (Proposal proposal : assessment.proposals()) {
      (concerns(proposal.subject(), subjects) ? replacedProposals : proposals).add(proposal);
    }
    proposals.addAll(findings.proposals());
    Set<RuleError> errors = new LinkedHashSet<>();
    assessment.errors().stream().filter(error -> !concerns(error.subject(), subjects)).forEach(errors::add);
    errors.addAll(findings.errors());
    List<ResolvedConflict> conflicts = new ArrayList<>();
    assessment.conflicts().stream().filter(c -> !subjects.students().contains(c.student())).forEach(conflicts::add);
    conflicts.addAll(findings.conflicts());

    Assessment updated = assessment.updated(obligations, proposals, errors, conflicts);
    AssessmentChange change = AssessmentChange.between(replaced, findings.obligations(), replacedProposals,
        findings.proposals(), subjects.students(), subjects.tutors(), subjects.agreements());
    return new EvaluationSession(engine, next, updated, change);
  }

  /** The subjects whose findings an event naming {@code references} can change. */
  private static Evaluation.Subjects affectedBy(EventReferences references, CultivationRecord record) {
    Set<StudentId> students = new TreeSet<>(java.util.Comparator.comparing(StudentId::value));
    students.addAll(references.students());
    for (TutorId tutor : references.tutors()) {
      record.assignmentsOfTutor(tutor).forEach(assignment -> students.add(assignment.student()));
    }
    for (AgreementId agreement : references.agreements()) {
      students.addAll(record.studentsUnder(agreement));
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

  /** Whether the obligation is one of the subjects' own: by its student, else tutor, else agreement. */
  private static boolean concerns(ObligationInstance obligation, Evaluation.Subjects subjects) {
    if (obligation.student().isPresent()) {
      return subjects.students().contains(obligation.student().get());
    }
    if (obligation.tutor().isPresent()) {
      return subjects.tutors().contains(obligation.tutor().get());
    }
    return obligation.agreement().map(subjects.agreements()::contains).orElse(false);
  }

  private static boolean concerns(PersonId person, Evaluation.Subjects subjects) {
    return person instanceof StudentId student ? subjects.students().contains(student)
        : person instanceof TutorId tutor && subjects.tutors().contains(tutor);
  }

  /** Errors name their subject by its text; an error of an affected subject is found again. */
  private static boolean concerns(String subject, Evaluation.Subjects subjects) {
    return subjects.students().stream().anyMatch(s -> s.value().equals(subject))
        || subjects.tutors().stream().anyMatch(t -> t.value().equals(subject))
        || subjects.agreements().stream().anyMatch(a -> a.value().equals(subject));
  }
}
