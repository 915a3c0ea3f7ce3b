package org.jointcultivation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jointcultivation.core.event.ExemptionGranted;
import org.jointcultivation.rules.spi.SubjectFacts;

/**
 * Applies the exemptions granted to a subject to what a rule found about it: a breached obligation
 * that an {@link ExemptionGranted} names, granted on or before the day of evaluation, is
 * discharged on the day it was breached instead, naming the exemption. It applies to every rule
 * alike, the library's and third parties', so a waiver never depends on how a rule is written.
 */
final class Exemptions {
  private Exemptions() {}

  static List<ObligationInstance> apply(List<ObligationInstance> found, SubjectFacts facts) {
    if (found.isEmpty()) {
      return found;
    }
    List<ExemptionGranted> granted = facts.events(ExemptionGranted.class);
    if (granted.isEmpty()) {
      return found;
    }
    Map<String, ExemptionGranted> byObligation = new HashMap<>();
    for (ExemptionGranted exemption : granted) {
      // In date order: the first exemption granted for a case is the one that lifted it.
      if (!exemption.date().isAfter(facts.asOf()) && exemption.subject().equals(facts.subject().id())) {
        byObligation.putIfAbsent(exemption.obligation(), exemption);
      }
    }
    if (byObligation.isEmpty()) {
      return found;
    }
    List<ObligationInstance> applied = new ArrayList<>(found.size());
    for (ObligationInstance obligation : found) {
      ExemptionGranted exemption = byObligation.get(obligation.id());
      applied.add(exemption == null || obligation.breach().isEmpty() ? obligation : lift(obligation, exemption));
    }
    return applied;
  }

  private static ObligationInstance lift(ObligationInstance obligation, ExemptionGranted exemption) {
    StateTransition breach = obligation.breach().orElseThrow();
    List<StateTransition> transitions = new ArrayList<>();
    for (StateTransition transition : obligation.transitions()) {
      if (transition.state().isBreach()) {
        break;
      }
      transitions.add(transition);
    }
    transitions.add(new StateTransition(breach.date(), ObligationState.DISCHARGED,
        "exempted by " + exemption.id() + " on " + exemption.date() + " (" + breach.reason() + "): "
            + exemption.reasons()));
    Explanation explanation = Explanation.builder().from(obligation.explanation())
        .addCountedEvents(exemption.id()).build();
    return ObligationInstance.builder().from(obligation).transitions(transitions).explanation(explanation).build();
  }
}
