package org.jointcultivation.rules.spi;

import java.util.List;
import org.jointcultivation.rules.Proposal;

/**
 * One policy compiled by its {@link MeasureCriterion}: proposes measures for one subject at a
 * time. It must be safe to call from several threads and must not keep state between calls.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface MeasureRule {
  /**
   * The measures to propose for {@code context}'s subject, or none. A proposal may be for someone
   * else than the subject (a trainee's reward may go to their tutors too). If it throws, the
   * assessment reports one error for the policy and the subject, and the rest is complete.
   */
  List<Proposal> propose(MeasureContext context);
}
