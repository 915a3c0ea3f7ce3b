package org.jointcultivation.rules.internal;

import java.time.LocalDate;
import java.util.List;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.MeasureKind;
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.norm.RewardPolicy;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Explanation;
import org.jointcultivation.rules.Proposal;
import org.jointcultivation.rules.Subject;
import org.jointcultivation.rules.spi.MeasureContext;

/** What the standard reward criteria share: the proposal they make, and not proposing one twice. */
final class Rewards {
  private Rewards() {}

  /**
   * A proposal of the policy's reward for {@code recipient}, decided under {@code governing}'s
   * regulations, explained by what was computed and required.
   */
  static Proposal proposal(MeasureContext context, PersonId recipient, List<EventId> evidence,
      List<InstitutionId> governing, String computed, String required) {
    RewardPolicy policy = context.policy().reward().orElseThrow();
    Explanation explanation = context.explanation().addAllCountedEvents(evidence)
        .computed(computed).required(required)
        .sentence("propose " + policy.rewardCode() + " for " + recipient + ": " + computed + "; "
            + context.policy().pack().coordinates() + " (" + policy.source().citation() + ") rewards " + required)
        .build();
    return Proposal.builder().subject(Subject.of(recipient)).kind(MeasureKind.REWARD).code(policy.rewardCode())
        .label(policy.title()).policyId(policy.id()).addReasons(computed).evidence(evidence)
        .governingRegulations(governing).explanation(explanation).build();
  }

  /** Whether {@code recipient} was already proposed the reward {@code code} within {@code (from, asOf]}. */
  static boolean alreadyRewarded(CultivationRecord record, PersonId recipient, String code, LocalDate from,
      LocalDate asOf) {
    List<CultivationEvent> events = recipient instanceof StudentId student ? record.eventsOf(student)
        : recipient instanceof TutorId tutor ? record.eventsOf(tutor) : List.of();
    return events.stream()
        .filter(e -> e.date().isAfter(from) && !e.date().isAfter(asOf))
        .anyMatch(e -> e instanceof MeasureProposed p && p.subject().equals(recipient)
            && p.measure().code().equals(code));
  }
}
