package org.jointcultivation.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
  /** The query indexes, built on the first query: evaluations that are never queried pay nothing. */
  private volatile @Nullable Indexes indexes;

  /**
   * Each finding under every key it concerns: its subject's id, each bearer, and the agreements
   * and institutions its subject belongs to. Keys are ids of distinct record types, so a student
   * and a tutor with the same text never meet.
   */
  private record Indexes(ImmutableListMultimap<Object, ObligationInstance> obligations,
      ImmutableListMultimap<Object, Violation> violations, ImmutableListMultimap<Subject, Proposal> proposals,
      ImmutableMap<String, ObligationInstance> byId) {}

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
    this.obligations = sorted(obligations, (a, b) -> a.id().compareTo(b.id()));
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
    return sorted(violations, VIOLATION_ORDER);
  }

  /**
   * {@code values} in {@code order}; a large collection is sorted on every core. Sorting is
   * stable and the orders are total, so the result is the same either way.
   */
  static <T> ImmutableList<T> sorted(Collection<T> values, Comparator<? super T> order) {
    if (values.size() < 20_000) {
      return ImmutableList.sortedCopyOf(order, values);
    }
    @SuppressWarnings("unchecked") // holds only the collection's elements
    T[] array = (T[]) values.toArray();
    java.util.Arrays.parallelSort(array, order);
    return ImmutableList.copyOf(array);
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
    return Optional.ofNullable(indexes().byId().get(id));
  }

  /** The instances whose {@link ObligationInstance#subject() subject} is exactly {@code subject}. */
  public List<ObligationInstance> obligationsAbout(Subject subject) {
    Objects.requireNonNull(subject, "subject");
    return indexes().obligations().get(subject);
  }

  /** The instances concerning {@code student}. */
  public List<ObligationInstance> obligationsOf(StudentId student) {
    return indexes().obligations().get(Objects.requireNonNull(student, "student"));
  }

  /** The instances concerning {@code tutor}: their own duties and those they bear for students. */
  public List<ObligationInstance> obligationsOf(TutorId tutor) {
    return indexes().obligations().get(Objects.requireNonNull(tutor, "tutor"));
  }

  /** The instances concerning {@code agreement} or a student under it. */
  public List<ObligationInstance> obligationsOf(AgreementId agreement) {
    return indexes().obligations().get(Objects.requireNonNull(agreement, "agreement"));
  }

  /** The instances concerning a student, tutor or agreement of {@code institution}. */
  public List<ObligationInstance> obligationsOf(InstitutionId institution) {
    return indexes().obligations().get(Objects.requireNonNull(institution, "institution"));
  }

  /**
   * Reminders: the duties still open on the day of evaluation (in effect or not yet in force, not
   * met, not breached) that fall due within {@code window} after it, by due date, then id.
   *
   * @since 0.2.0
   */
  public List<ObligationInstance> dueWithin(java.time.Period window) {
    Objects.requireNonNull(window, "window");
    LocalDate until = asOf.plus(window);
    return obligations.stream()
        .filter(o -> o.state() == ObligationState.IN_EFFECT || o.state() == ObligationState.CREATED)
        .filter(o -> o.dueDate().map(due -> !due.isBefore(asOf) && !due.isAfter(until)).orElse(false))
        .sorted(Comparator.comparing((ObligationInstance o) -> o.dueDate().orElseThrow())
            .thenComparing(ObligationInstance::id))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The reminders of {@link #dueWithin(java.time.Period)} that concern {@code subject} exactly.
   *
   * @since 0.2.0
   */
  public List<ObligationInstance> dueWithin(Subject subject, java.time.Period window) {
    Objects.requireNonNull(subject, "subject");
    return dueWithin(window).stream().filter(o -> o.subject().equals(subject))
        .collect(ImmutableList.toImmutableList());
  }

  /** Every violation, by date; a late fulfilment does not remove one. */
  public List<Violation> violations() {
    return violations;
  }

  /** The violations concerning {@code student}. */
  public List<Violation> violationsOf(StudentId student) {
    return indexes().violations().get(Objects.requireNonNull(student, "student"));
  }

  /** The violations concerning {@code tutor}. */
  public List<Violation> violationsOf(TutorId tutor) {
    return indexes().violations().get(Objects.requireNonNull(tutor, "tutor"));
  }

  /** The violations concerning {@code agreement} or a student under it. */
  public List<Violation> violationsOf(AgreementId agreement) {
    return indexes().violations().get(Objects.requireNonNull(agreement, "agreement"));
  }

  /** The violations concerning a student, tutor or agreement of {@code institution}. */
  public List<Violation> violationsOf(InstitutionId institution) {
    return indexes().violations().get(Objects.requireNonNull(institution, "institution"));
  }

  /** Every proposed reward and sanction. */
  public List<Proposal> proposals() {
    return proposals;
  }

  /** The proposals for {@code person}. */
  public List<Proposal> proposalsFor(PersonId person) {
    return proposalsFor(Subject.of(Objects.requireNonNull(person, "person")));
  }

  /**
   * The proposals for {@code subject}: a person, or an institution or unit.
   *
   * @since 0.2.0
   */
  public List<Proposal> proposalsFor(Subject subject) {
    return indexes().proposals().get(Objects.requireNonNull(subject, "subject"));
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

  private Indexes indexes() {
    Indexes built = indexes;
    if (built == null) {
      built = buildIndexes(); // a race builds equal indexes twice, never wrong ones
      indexes = built;
    }
    return built;
  }

  private Indexes buildIndexes() {
    ImmutableListMultimap.Builder<Object, ObligationInstance> byKey = ImmutableListMultimap.builder();
    Map<String, ObligationInstance> byId = new java.util.HashMap<>();
    IdentityHashMap<ObligationInstance, Set<Object>> keysOf = new IdentityHashMap<>();
    for (ObligationInstance obligation : obligations) {
      Set<Object> keys = keysOf(obligation);
      keysOf.put(obligation, keys);
      keys.forEach(key -> byKey.put(key, obligation));
      byId.putIfAbsent(obligation.id(), obligation);
    }
    ImmutableListMultimap.Builder<Object, Violation> violationsByKey = ImmutableListMultimap.builder();
    for (Violation violation : violations) {
      Set<Object> keys = keysOf.get(violation.obligation());
      (keys != null ? keys : keysOf(violation.obligation())).forEach(key -> violationsByKey.put(key, violation));
    }
    ImmutableListMultimap.Builder<Subject, Proposal> proposalsByPerson = ImmutableListMultimap.builder();
    proposals.forEach(proposal -> proposalsByPerson.put(proposal.subject(), proposal));
    return new Indexes(byKey.build(), violationsByKey.build(), proposalsByPerson.build(), ImmutableMap.copyOf(byId));
  }

  /**
   * Every key an obligation concerns: its subject, its subject's id, its bearers (a tutor's duties
   * include those they bear for students), the agreements of its student, and the institutions of
   * its student, tutor or agreement.
   */
  private Set<Object> keysOf(ObligationInstance obligation) {
    Set<Object> keys = new LinkedHashSet<>();
    Subject subject = obligation.subject();
    keys.add(subject);
    if (subject instanceof Subject.Student s) {
      keys.add(s.id());
      keys.addAll(affiliations.agreementsOfStudent().get(s.id()));
      keys.addAll(affiliations.institutionsOfStudent().get(s.id()));
    } else if (subject instanceof Subject.Tutor t) {
      keys.add(t.id());
      keys.addAll(affiliations.institutionsOfTutor().get(t.id()));
    } else if (subject instanceof Subject.Agreement a) {
      keys.add(a.id());
      keys.addAll(affiliations.partiesOfAgreement().get(a.id()));
    } else if (subject instanceof Subject.Institution i) {
      keys.add(i.id());
    }
    for (PersonId bearer : obligation.bearers()) {
      if (bearer instanceof TutorId) {
        keys.add(bearer);
      }
    }
    return keys;
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
