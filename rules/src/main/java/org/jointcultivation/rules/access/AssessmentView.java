package org.jointcultivation.rules.access;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.Proposal;
import org.jointcultivation.rules.Violation;

/**
 * What one person may see of an assessment: obligations and violations about subjects they may
 * view (and whose counted events they may view), and proposals they may see as measures.
 *
 * @param principal who sees
 * @param asOf the assessment's day
 * @param obligations the obligation instances visible
 * @param violations the violations visible
 * @param proposals the proposals visible
 * @since 0.1.0
 */
public record AssessmentView(PersonId principal, LocalDate asOf, List<ObligationInstance> obligations,
    List<Violation> violations, List<Proposal> proposals) {
  /** Copies the lists. */
  public AssessmentView {
    java.util.Objects.requireNonNull(principal, "principal");
    java.util.Objects.requireNonNull(asOf, "asOf");
    obligations = ImmutableList.copyOf(obligations);
    violations = ImmutableList.copyOf(violations);
    proposals = ImmutableList.copyOf(proposals);
  }
}
