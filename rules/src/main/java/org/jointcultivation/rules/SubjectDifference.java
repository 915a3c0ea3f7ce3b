package org.jointcultivation.rules;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link AssessmentDifference what-if} changes for one subject: duties added, removed or
 * changed, violations added and removed, proposals added and removed. Each list is in the
 * assessment's order.
 *
 * @since 0.3.0
 */
public record SubjectDifference(
    Subject subject,
    List<ObligationInstance> dutiesAdded,
    List<ObligationInstance> dutiesRemoved,
    List<DutyChange> dutiesChanged,
    List<Violation> violationsAdded,
    List<Violation> violationsRemoved,
    List<Proposal> proposalsAdded,
    List<Proposal> proposalsRemoved) {

  /** Copies every list; nothing may be null. */
  public SubjectDifference {
    Objects.requireNonNull(subject, "subject");
    dutiesAdded = List.copyOf(dutiesAdded);
    dutiesRemoved = List.copyOf(dutiesRemoved);
    dutiesChanged = List.copyOf(dutiesChanged);
    violationsAdded = List.copyOf(violationsAdded);
    violationsRemoved = List.copyOf(violationsRemoved);
    proposalsAdded = List.copyOf(proposalsAdded);
    proposalsRemoved = List.copyOf(proposalsRemoved);
  }

  /** Whether nothing changes for the subject. */
  public boolean isEmpty() {
    return dutiesAdded.isEmpty() && dutiesRemoved.isEmpty() && dutiesChanged.isEmpty() && violationsAdded.isEmpty()
        && violationsRemoved.isEmpty() && proposalsAdded.isEmpty() && proposalsRemoved.isEmpty();
  }
}
