package org.jointcultivation.rules.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.Placement;
import org.jointcultivation.core.agreement.PlacementClause;
import org.jointcultivation.core.agreement.PlacementKind;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.StandardTemplates;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.spi.RuleTemplate;

/** See {@link StandardTemplates#MINIMUM_PLACEMENT}. */
final class MinimumPlacementTemplate implements RuleTemplate {
  @Override
  public String name() {
    return StandardTemplates.MINIMUM_PLACEMENT;
  }

  @Override
  public java.util.List<org.jointcultivation.rules.spi.ParameterDeclaration> parameters() {
    return StandardParameters.minimumPlacement();
  }

  @Override
  public Strictness strictness(String parameter) {
    return switch (parameter) {
      case "minimum", "minimumForFreshGraduates" -> Strictness.HIGHER;
      case "by" -> Strictness.LOWER;
      default -> Strictness.NEITHER;
    };
  }

  @Override
  public Rule create(ConfiguredRule configuration) {
    boolean fromAgreement = configuration.flag("fromAgreement", false);
    Optional<Period> minimum = configuration.period("minimum");
    Optional<Period> forFresh = configuration.period("minimumForFreshGraduates");
    if (!fromAgreement && minimum.isEmpty()) {
      throw configuration.error("minimum", "is required unless fromAgreement=true");
    }
    Period by = configuration.period("by").orElse(Period.ofYears(3));
    Set<PlacementKind> kinds = Placements.kinds(configuration);
    return new SimpleRule(configuration.ruleId(), RuleScope.STUDENT, context -> {
      CultivationRecord record = context.record();
      Student student = record.student(context.student().orElseThrow()).orElseThrow();
      Optional<Period> required;
      String source;
      if (fromAgreement) {
        Optional<PlacementClause> clause = record.agreementOf(student.id())
            .flatMap(a -> a.clauseOn(student.startDate(), PlacementClause.class));
        required = clause.flatMap(c -> student.freshGraduate()
            ? c.minimumDurationForFreshGraduates().or(c::minimumDuration) : c.minimumDuration());
        source = clause.map(c -> " (agreement clause " + c.reference() + ")").orElse("");
      } else {
        required = student.freshGraduate() ? forFresh.or(() -> minimum) : minimum;
        source = "";
      }
      if (required.isEmpty() || student.startDate().isAfter(context.asOf())) {
        return List.of();
      }
      LocalDate start = student.startDate();
      long requiredDays = ChronoUnit.DAYS.between(start, start.plus(required.get()));
      LocalDate due = start.plus(by);
      long total = 0;
      Optional<LocalDate> reached = Optional.empty();
      for (Placement placement : Placements.placements(record, student.id(), kinds)) {
        LocalDate end = placement.endDate().orElse(context.asOf());
        end = end.isAfter(context.asOf()) ? context.asOf() : end;
        long days = placement.startDate().isAfter(end) ? 0 : ChronoUnit.DAYS.between(placement.startDate(), end) + 1;
        if (reached.isEmpty() && total + days >= requiredDays) {
          reached = Optional.of(placement.startDate().plusDays(requiredDays - total - 1));
        }
        total += days;
      }
      Lifecycle lifecycle = Lifecycle.startingOn(start, "programme started " + start);
      if (reached.isPresent()) {
        if (reached.get().isAfter(due)) {
          lifecycle.to(due.plusDays(1), ObligationState.OVERDUE, "not reached by " + due);
        }
        lifecycle.to(reached.get(), ObligationState.FULFILLED, requiredDays + " days reached");
      } else if (context.asOf().isAfter(due)) {
        lifecycle.to(due.plusDays(1), ObligationState.OVERDUE, "not reached by " + due);
      }
      return List.of(Outcomes.instance(context, "placement", configuration.norm().title(),
          Set.of(student.id()), Optional.empty(), Optional.of(due), lifecycle, List.of(),
          total + " days in placement" + (student.freshGraduate() ? " (fresh graduate)" : ""),
          "≥ " + required.get() + " (" + requiredDays + " days)" + source + " by " + due));
    });
  }
}
