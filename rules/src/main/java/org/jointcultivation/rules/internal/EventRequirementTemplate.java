package org.jointcultivation.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.StandardTemplates;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.ParameterDeclaration;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleContext;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.spi.RuleTemplate;

/** See {@link StandardTemplates#EVENT_REQUIREMENT}. */
final class EventRequirementTemplate implements RuleTemplate {
  @Override
  public String name() {
    return StandardTemplates.EVENT_REQUIREMENT;
  }

  @Override
  public List<ParameterDeclaration> parameters() {
    return StandardParameters.eventRequirement();
  }

  @Override
  public Rule create(ConfiguredRule configuration) {
    Set<BearerRole> bearers = configuration.norm().bearers();
    RuleScope scope = bearers.equals(Set.of(BearerRole.TUTOR)) ? RuleScope.TUTOR
        : bearers.equals(Set.of(BearerRole.INSTITUTION)) ? RuleScope.INSTITUTION : RuleScope.STUDENT;
    EventFilter filter = EventFilter.from(configuration, "event", CultivationEvent.class);
    String where = "the events a rule evaluated per " + scope.name().toLowerCase(java.util.Locale.ROOT) + " judges";
    Optional<Condition> selection = configuration.text("where")
        .map(text -> Conditions.overEvent(configuration, scope, "where", text, where));
    Condition requirement = Conditions.overEvent(configuration, scope, "requirement",
        configuration.requiredText("requirement"), where);
    return new SimpleRule(configuration.ruleId(), scope, context -> evaluate(context, configuration, filter,
        selection, requirement));
  }

  private static List<ObligationInstance> evaluate(RuleContext context, ConfiguredRule configuration,
      EventFilter filter, Optional<Condition> selection, Condition requirement) {
    Map<String, Object> subject = ConditionVariables.of(context.facts());
    List<ObligationInstance> instances = new ArrayList<>();
    for (CultivationEvent event : context.facts().events(filter.type)) {
      if (event.date().isAfter(context.asOf()) || !filter.test(event)) {
        continue;
      }
      Map<String, Object> variables = new HashMap<>(subject);
      variables.put("event", ConditionVariables.event(event, context.record()));
      if (selection.isPresent() && !selection.get().test(variables)) {
        continue;
      }
      boolean met = requirement.test(variables);
      Set<PersonId> bearers = Bearers.persons(configuration.norm().bearers(),
          context.student().flatMap(s -> context.record().assignmentOn(s, event.date())), context.student(),
          context.tutor());
      Lifecycle lifecycle = Lifecycle.startingOn(event.date(), filter.describe() + " " + event.id())
          .to(event.date(), met ? ObligationState.FULFILLED : ObligationState.VIOLATED,
              met ? "meets the requirement" : "does not meet the requirement");
      instances.add(Outcomes.instance(context, event.id().value(), configuration.norm().title(), bearers,
          Optional.empty(), Optional.of(event.date()), lifecycle, List.of(event.id()),
          filter.describe() + " " + event.id() + " on " + event.date() + (met ? " meets " : " does not meet ")
              + requirement.expression(),
          requirement.expression()));
    }
    return instances;
  }
}
