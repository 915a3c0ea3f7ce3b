package org.jointcultivation.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jspecify.annotations.Nullable;

/**
 * What one event changed in an {@link EvaluationSession}'s assessment: the obligation instances
 * that are new or in another state, those that are gone, and the proposals made or withdrawn,
 * among the subjects evaluated again.
 *
 * @since 0.1.0
 */
public final class AssessmentChange {
  static final AssessmentChange NONE = new AssessmentChange(List.of(), List.of(), List.of(), List.of(),
      Set.of(), Set.of(), Set.of());

  private final ImmutableList<ObligationInstance> obligations;
  private final ImmutableList<String> removedObligations;
  private final ImmutableList<Proposal> proposals;
  private final ImmutableList<Proposal> withdrawnProposals;
  private final ImmutableSet<StudentId> students;
  private final ImmutableSet<TutorId> tutors;
  private final ImmutableSet<AgreementId> agreements;

  private AssessmentChange(List<ObligationInstance> obligations, List<String> removedObligations,
      List<Proposal> proposals, List<Proposal> withdrawnProposals, Set<StudentId> students,
      Set<TutorId> tutors, Set<AgreementId> agreements) {
    this.obligations = ImmutableList.sortedCopyOf(Comparator.comparing(ObligationInstance::id), obligations);
    this.removedObligations = ImmutableList.sortedCopyOf(removedObligations);
    this.proposals = ImmutableList.copyOf(proposals);
    this.withdrawnProposals = ImmutableList.copyOf(withdrawnProposals);
    this.students = ImmutableSet.copyOf(students);
    this.tutors = ImmutableSet.copyOf(tutors);
    this.agreements = ImmutableSet.copyOf(agreements);
  }

  static AssessmentChange between(Collection<ObligationInstance> before, Collection<ObligationInstance> after,
      Collection<Proposal> proposalsBefore, Collection<Proposal> proposalsAfter, Set<StudentId> students,
      Set<TutorId> tutors, Set<AgreementId> agreements) {
    Map<String, ObligationInstance> old = before.stream()
        .collect(Collectors.toMap(ObligationInstance::id, Function.identity(), (a, b) -> a));
    Set<String> present = new HashSet<>();
    List<ObligationInstance> changed = after.stream().filter(o -> {
      present.add(o.id());
      @Nullable ObligationInstance previous = old.get(o.id());
      return previous == null || !previous.equals(o);
    }).toList();
    List<String> removed = old.keySet().stream().filter(id -> !present.contains(id)).toList();
    Set<Proposal> oldProposals = new HashSet<>(proposalsBefore);
    Set<Proposal> newProposals = new HashSet<>(proposalsAfter);
    return new AssessmentChange(changed, removed,
        proposalsAfter.stream().filter(p -> !oldProposals.contains(p)).toList(),
        proposalsBefore.stream().filter(p -> !newProposals.contains(p)).toList(),
        students, tutors, agreements);
  }

  /** The obligation instances that are new, or differ from before (a new state, a new transition). */
  public List<ObligationInstance> obligations() {
    return obligations;
  }

  /** The ids of obligation instances that are gone. */
  public List<String> removedObligations() {
    return removedObligations;
  }

  /** The proposals that are new. */
  public List<Proposal> proposals() {
    return proposals;
  }

  /** The proposals that are no longer made. */
  public List<Proposal> withdrawnProposals() {
    return withdrawnProposals;
  }

  /** The students evaluated again. */
  public Set<StudentId> students() {
    return students;
  }

  /** The tutors evaluated again. */
  public Set<TutorId> tutors() {
    return tutors;
  }

  /** The agreements evaluated again. */
  public Set<AgreementId> agreements() {
    return agreements;
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return obligations.isEmpty() && removedObligations.isEmpty() && proposals.isEmpty()
        && withdrawnProposals.isEmpty();
  }

  /** A one-line summary. */
  @Override
  public String toString() {
    return "AssessmentChange[obligations=" + obligations.size() + ", removed=" + removedObligations.size()
        + ", proposals=" + proposals.size() + ", withdrawn=" + withdrawnProposals.size() + ", students="
        + students + "]";
  }
}
