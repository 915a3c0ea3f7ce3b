package org.jointcultivation.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jspecify.annotations.Nullable;

/**
 * The result of evaluating a record on a day: every obligation instance with its state, the
 * violations, the proposed rewards and sanctions, the rules that failed and the conflicts between
 * packs, each queryable by student, tutor, agreement and institution. Immutable.
 *
 * <p>In JSON ({@link org.jointcultivation.core.json.CultivationJson}) an assessment is a document:
 * {@code formatVersion}, {@code asOf}, {@code obligations} (each with its derived {@code state}),
 * {@code violations} (derived: obligation id and date; ignored when read), {@code proposals},
 * {@code errors}, {@code conflicts}, and the {@code affiliations} that the queries by agreement and
 * institution use, so that an assessment read back answers them as the original did.
 *
 * @since 0.1.0
 */
public final class Assessment {
  private final LocalDate asOf;
  private final ImmutableList<ObligationInstance> obligations;
  private final ImmutableList<Violation> violations;
  private final ImmutableList<Proposal> proposals;
  private final ImmutableList<RuleError> errors;
  private final ImmutableList<ResolvedConflict> conflicts;
  private final Affiliations affiliations;

  Assessment(
      CultivationRecord record,
      LocalDate asOf,
      Collection<ObligationInstance> obligations,
      Collection<Proposal> proposals,
      Collection<RuleError> errors,
      Collection<ResolvedConflict> conflicts) {
    this(asOf, obligations, proposals, errors, conflicts, Affiliations.of(record));
  }

  Assessment(
      LocalDate asOf,
      Collection<ObligationInstance> obligations,
      Collection<Proposal> proposals,
      Collection<RuleError> errors,
      Collection<ResolvedConflict> conflicts,
      Affiliations affiliations) {
    this.asOf = asOf;
    this.obligations = ImmutableList.sortedCopyOf((a, b) -> a.id().compareTo(b.id()), obligations);
    this.violations = violationsOf(this.obligations);
    // Every order is total (ties broken by the full text), so an assessment never depends on the
    // order its findings arrived in: evaluation order, threads, or a session's per-subject splicing.
    this.proposals = ImmutableList.sortedCopyOf(
        Comparator.comparing((Proposal p) -> p.subject().value()).thenComparing(Proposal::policyId)
            .thenComparing(Proposal::code).thenComparing(Proposal::toString),
        proposals);
    this.errors = ImmutableList.sortedCopyOf(
        Comparator.comparing(RuleError::ruleId).thenComparing(RuleError::subject, Subject.ORDER)
            .thenComparing(RuleError::toString), errors);
    this.conflicts = ImmutableList.sortedCopyOf(
        Comparator.comparing((ResolvedConflict c) -> c.student().value())
            .thenComparing(c -> c.resolution().normId()).thenComparing(c -> c.resolution().chosen())
            .thenComparing(ResolvedConflict::toString),
        conflicts);
    this.affiliations = affiliations;
  }

  /** The breaches among {@code obligations}, by date, then obligation id. */
  static ImmutableList<Violation> violationsOf(Collection<ObligationInstance> obligations) {
    List<Violation> violations = new ArrayList<>();
    for (ObligationInstance obligation : obligations) {
      obligation.breach().ifPresent(breach -> violations.add(new Violation(obligation, breach.date())));
    }
    return ImmutableList.sortedCopyOf(VIOLATION_ORDER, violations);
  }

  /** The order of {@link #violations()}: by date, then obligation id. */
  static final Comparator<Violation> VIOLATION_ORDER = (a, b) -> {
    int byDate = a.date().compareTo(b.date());
    return byDate != 0 ? byDate : a.obligation().id().compareTo(b.obligation().id());
  };

  /** An assessment of the same record and day with other findings. */
  Assessment updated(Collection<ObligationInstance> obligations, Collection<Proposal> proposals,
      Collection<RuleError> errors, Collection<ResolvedConflict> conflicts) {
    return new Assessment(asOf, obligations, proposals, errors, conflicts, affiliations);
  }

  /** The assessment's JSON form, {@link AssessmentDocument}. */
  @JsonValue
  AssessmentDocument toDocument() {
    return AssessmentDocument.of(this, affiliations);
  }

  /** Reads the JSON form. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Assessment fromDocument(AssessmentDocument document) {
    return document.toAssessment();
  }

  /** The day the record was evaluated as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Every obligation instance, ordered by id. */
  public List<ObligationInstance> obligations() {
    return obligations;
  }

  /** The obligation instance with {@code id}, if any. */
  public Optional<ObligationInstance> obligation(String id) {
    Objects.requireNonNull(id, "id");
    return obligations.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** The instances concerning {@code student}. */
  public List<ObligationInstance> obligationsOf(StudentId student) {
    return filter(obligations, about(student));
  }

  /** The instances concerning {@code tutor}: their own duties and those they bear for students. */
  public List<ObligationInstance> obligationsOf(TutorId tutor) {
    return filter(obligations, about(tutor));
  }

  /** The instances concerning {@code agreement} or a student under it. */
  public List<ObligationInstance> obligationsOf(AgreementId agreement) {
    return filter(obligations, about(agreement));
  }

  /** The instances concerning a student, tutor or agreement of {@code institution}. */
  public List<ObligationInstance> obligationsOf(InstitutionId institution) {
    return filter(obligations, about(institution));
  }

  /** Every violation, by date; a late fulfilment does not remove one. */
  public List<Violation> violations() {
    return violations;
  }

  /** The violations concerning {@code student}. */
  public List<Violation> violationsOf(StudentId student) {
    return filterViolations(about(student));
  }

  /** The violations concerning {@code tutor}. */
  public List<Violation> violationsOf(TutorId tutor) {
    return filterViolations(about(tutor));
  }

  /** The violations concerning {@code agreement} or a student under it. */
  public List<Violation> violationsOf(AgreementId agreement) {
    return filterViolations(about(agreement));
  }

  /** The violations concerning a student, tutor or agreement of {@code institution}. */
  public List<Violation> violationsOf(InstitutionId institution) {
    return filterViolations(about(institution));
  }

  /** Every proposed reward and sanction. */
  public List<Proposal> proposals() {
    return proposals;
  }

  /** The proposals for {@code person}. */
  public List<Proposal> proposalsFor(PersonId person) {
    Objects.requireNonNull(person, "person");
    return proposals.stream().filter(p -> p.subject().equals(person)).collect(ImmutableList.toImmutableList());
  }

  /** The rules that failed, each for one subject. */
  public List<RuleError> errors() {
    return errors;
  }

  /** Every conflict between packs and how it was resolved, by student. */
  public List<ResolvedConflict> conflicts() {
    return conflicts;
  }

  /** The conflicts left to a person. */
  public List<ResolvedConflict> escalations() {
    return conflicts.stream().filter(ResolvedConflict::isEscalation).collect(ImmutableList.toImmutableList());
  }

  private Predicate<ObligationInstance> about(StudentId student) {
    Objects.requireNonNull(student, "student");
    return o -> o.student().map(student::equals).orElse(false);
  }

  private Predicate<ObligationInstance> about(TutorId tutor) {
    Objects.requireNonNull(tutor, "tutor");
    return o -> o.tutor().map(tutor::equals).orElse(false) || o.bearers().contains(tutor);
  }

  private Predicate<ObligationInstance> about(AgreementId agreement) {
    Objects.requireNonNull(agreement, "agreement");
    return o -> o.agreement().map(agreement::equals).orElse(false)
        || o.student().map(s -> affiliations.agreementsOfStudent().get(s).contains(agreement)).orElse(false);
  }

  private Predicate<ObligationInstance> about(InstitutionId institution) {
    Objects.requireNonNull(institution, "institution");
    return o -> o.student().map(s -> affiliations.institutionsOfStudent().get(s).contains(institution)).orElse(false)
        || o.tutor().map(t -> affiliations.institutionsOfTutor().get(t).contains(institution)).orElse(false)
        || o.agreement().map(a -> affiliations.partiesOfAgreement().get(a).contains(institution)).orElse(false);
  }

  private static List<ObligationInstance> filter(List<ObligationInstance> all, Predicate<ObligationInstance> test) {
    return all.stream().filter(test).collect(ImmutableList.toImmutableList());
  }

  private List<Violation> filterViolations(Predicate<ObligationInstance> test) {
    return violations.stream().filter(v -> test.test(v.obligation())).collect(ImmutableList.toImmutableList());
  }

  /** The students with at least one violation. */
  public Set<StudentId> studentsWithViolations() {
    return violations.stream().flatMap(v -> v.obligation().student().stream())
        .collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Assessment that
        && asOf.equals(that.asOf)
        && obligations.equals(that.obligations)
        && proposals.equals(that.proposals)
        && errors.equals(that.errors)
        && conflicts.equals(that.conflicts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, obligations, proposals, errors, conflicts);
  }

  /** A one-line summary. */
  @Override
  public String toString() {
    return "Assessment[asOf=" + asOf + ", obligations=" + obligations.size() + ", violations="
        + violations.size() + ", proposals=" + proposals.size() + ", errors=" + errors.size()
        + ", conflicts=" + conflicts.size() + "]";
  }
}
