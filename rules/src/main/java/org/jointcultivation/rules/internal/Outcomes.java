package org.jointcultivation.rules.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.DateRange;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.rules.Explanation;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.RuleContext;

/** Assembles obligation instances and their explanations the same way for every standard rule. */
final class Outcomes {
  private Outcomes() {}

  static ObligationInstance instance(
      RuleContext context,
      String key,
      String title,
      Set<PersonId> bearers,
      Optional<DateRange> period,
      Optional<LocalDate> due,
      Lifecycle lifecycle,
      List<EventId> counted,
      String computed,
      String required) {
    return instance(context, key, title, bearers, period, due, lifecycle, counted,
        context.explanation().computed(computed).required(required));
  }

  /**
   * As above, with an explanation whose figures the rule has set: the rules that make an instance
   * per period set them as words composed when first read, as most of a large assessment's are
   * never read.
   */
  static ObligationInstance instance(
      RuleContext context,
      String key,
      String title,
      Set<PersonId> bearers,
      Optional<DateRange> period,
      Optional<LocalDate> due,
      Lifecycle lifecycle,
      List<EventId> counted,
      Explanation.Builder figures) {
    ConfiguredRule configuration = context.configuration();
    Explanation explanation = figures.addAllCountedEvents(counted).build();
    ObligationInstance.Builder instance = ObligationInstance.builder()
        .id(context.obligationId(key))
        .ruleId(configuration.ruleId())
        .kind(configuration.norm().kind())
        .title(title)
        .subject(context.subject())
        .bearers(bearers)
        .bearerMode(configuration.norm().bearerMode())
        .period(period)
        .dueDate(due)
        .transitions(lifecycle.transitions())
        .explanation(explanation);
    return instance.build();
  }
}
