package org.jointcultivation.examples.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.agreement.Placement;
import org.jointcultivation.core.agreement.PlacementKind;
import org.jointcultivation.core.norm.NormKind;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.StateTransition;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleContext;
import org.jointcultivation.rules.spi.RuleScope;

/**
 * Industrial doctorates are jointly supervised by academic and non-academic supervisors: a trainee
 * in an enterprise placement must have a supervisor employed by that enterprise in the team.
 */
public final class EnterpriseSupervisionRule implements Rule {
  /** The rule's id. */
  public static final String ID = "enterprise-supervisor";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleScope scope() {
    return RuleScope.STUDENT;
  }

  @Override
  public List<ObligationInstance> evaluate(RuleContext context) {
    CultivationRecord record = context.record();
    StudentId student = context.student().orElseThrow();
    List<ObligationInstance> instances = new ArrayList<>();
    for (Placement placement : record.placementsOf(student)) {
      if (placement.kind() != PlacementKind.ENTERPRISE_PRACTICE || placement.startDate().isAfter(context.asOf())) {
        continue;
      }
      Optional<DualTutorAssignment> team = record.assignmentOn(student, placement.startDate());
      Optional<TutorId> supervisor = team.stream().flatMap(t -> t.team().stream())
          .filter(tutor -> record.tutor(tutor).map(t -> t.homeInstitution().equals(placement.host())).orElse(false))
          .findFirst();
      ObligationState state = supervisor.isPresent() ? ObligationState.FULFILLED : ObligationState.VIOLATED;
      String computed = supervisor.map(t -> "enterprise supervisor " + t + " in the team")
          .orElse("no supervisor from " + placement.host() + " in the team " + team.map(DualTutorAssignment::team).orElse(Set.of()));
      instances.add(ObligationInstance.builder()
          .id(context.obligationId(placement.host() + "/" + placement.startDate())) // the rule's own id space
          .ruleId(ID).kind(NormKind.OBLIGATION).title("An enterprise placement has an enterprise supervisor")
          .subject(context.subject()).bearers(Set.of(student)).dueDate(placement.startDate())
          .addTransitions(new StateTransition(placement.startDate(), ObligationState.IN_EFFECT, "placement began"))
          .addTransitions(new StateTransition(placement.startDate(), state, computed))
          .explanation(context.explanation().computed(computed).required("a supervisor employed by " + placement.host())
              .sentence(computed + " for the placement at " + placement.host() + " from " + placement.startDate()
                  + "; industrial doctorates are jointly supervised by academic and non-academic supervisors")
              .build())
          .build());
    }
    return instances;
  }
}
