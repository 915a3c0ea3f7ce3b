package org.jointcultivation.rules;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.norm.NormKind;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleContext;
import org.jointcultivation.rules.spi.RuleProvider;
import org.jointcultivation.rules.spi.RuleScope;

/**
 * A third party's provider, registered in this module's test {@code META-INF/services}: it flags
 * meetings held on a weekend, with no code change in the engine.
 */
public final class DiscoveredProvider implements RuleProvider {
  static final String RULE_ID = "no-weekend-meetings";

  /** ServiceLoader instantiates it. */
  public DiscoveredProvider() {}

  @Override
  public Collection<Rule> rules() {
    return List.of(new Rule() {
      @Override
      public String id() {
        return RULE_ID;
      }

      @Override
      public RuleScope scope() {
        return RuleScope.STUDENT;
      }

      @Override
      public List<ObligationInstance> evaluate(RuleContext context) {
        var student = context.student().orElseThrow();
        return context.record().eventsOf(student, SupervisionMeetingHeld.class).stream()
            .filter(m -> !m.date().isAfter(context.asOf()))
            .filter(m -> m.date().getDayOfWeek().getValue() >= 6)
            .map(m -> ObligationInstance.builder().id(RULE_ID + "/" + student + "/" + m.id()).ruleId(RULE_ID)
                .kind(NormKind.PROHIBITION).title("no meetings at weekends").subject(context.subject())
                .bearers(Set.of(student)).dueDate(Optional.of(m.date()))
                .addTransitions(new StateTransition(m.date(), ObligationState.VIOLATED, "held on a " + m.date().getDayOfWeek()))
                .explanation(context.explanation().addCountedEvents(m.id())
                    .sentence(m.id() + " was held on a " + m.date().getDayOfWeek()).build())
                .build())
            .toList();
      }
    });
  }
}
