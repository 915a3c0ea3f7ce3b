package org.jointcultivation.rules.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.Placement;
import org.jointcultivation.core.agreement.PlacementKind;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.StandardTemplates;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.spi.RuleTemplate;

/** See {@link StandardTemplates#MINIMUM_SHARE_AT_HOST}. */
final class MinimumShareAtHostTemplate implements RuleTemplate {
  @Override
  public String name() {
    return StandardTemplates.MINIMUM_SHARE_AT_HOST;
  }

  @Override
  public java.util.List<org.jointcultivation.rules.spi.ParameterDeclaration> parameters() {
    return StandardParameters.minimumShareAtHost();
  }

  @Override
  public Strictness strictness(String parameter) {
    return parameter.equals("percent") ? Strictness.HIGHER : Strictness.NEITHER;
  }

  @Override
  public Rule create(ConfiguredRule configuration) {
    int percent = configuration.intParameter("percent", 1, 100);
    Period over = configuration.period("over").orElse(Period.ofYears(3));
    Set<PlacementKind> kinds = Placements.kinds(configuration);
    return new SimpleRule(configuration.ruleId(), RuleScope.STUDENT, context -> {
      CultivationRecord record = context.record();
      Student student = record.student(context.student().orElseThrow()).orElseThrow();
      LocalDate start = student.startDate();
      if (start.isAfter(context.asOf())) {
        return List.of();
      }
      LocalDate end = start.plus(over).minusDays(1);
      LocalDate until = end.isBefore(context.asOf()) ? end : context.asOf();
      long elapsed = ChronoUnit.DAYS.between(start, until) + 1;
      long total = ChronoUnit.DAYS.between(start, end) + 1;
      long atHost = 0;
      for (Placement placement : Placements.placements(record, student.id(), kinds)) {
        LocalDate from = placement.startDate().isBefore(start) ? start : placement.startDate();
        LocalDate to = placement.endDate().orElse(until).isAfter(until) ? until : placement.endDate().orElse(until);
        if (!to.isBefore(from)) {
          atHost += ChronoUnit.DAYS.between(from, to) + 1;
        }
      }
      Lifecycle lifecycle = Lifecycle.startingOn(start, "programme started " + start);
      boolean met = atHost * 100 >= (long) percent * total;
      if (met) {
        lifecycle.to(until, ObligationState.FULFILLED, percent + "% reached");
      } else if (context.asOf().isAfter(end)) {
        lifecycle.to(end.plusDays(1), ObligationState.VIOLATED, "programme period ended below " + percent + "%");
      }
      return List.of(Outcomes.instance(context, "share", configuration.norm().title(),
          Set.of(student.id()), Optional.empty(), Optional.of(end), lifecycle, List.of(),
          atHost + " of " + elapsed + " days so far at the host (" + (100 * atHost / Math.max(1, total))
              + "% of the " + total + "-day programme period)",
          "≥ " + percent + "% of " + start + ".." + end));
    });
  }
}
