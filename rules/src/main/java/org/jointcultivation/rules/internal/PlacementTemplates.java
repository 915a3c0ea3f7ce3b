package org.jointcultivation.rules.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.Placement;
import org.jointcultivation.core.agreement.PlacementClause;
import org.jointcultivation.core.agreement.PlacementKind;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.StandardTemplates;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.spi.RuleTemplate;

/** The two placement-time templates: a minimum duration and a minimum share of time. */
final class PlacementTemplates {
  private PlacementTemplates() {}

  /** See {@link StandardTemplates#MINIMUM_PLACEMENT}. */
  static final class MinimumPlacement implements RuleTemplate {
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
      Set<PlacementKind> kinds = kinds(configuration);
      return new SimpleRule(configuration.ruleId(), RuleScope.STUDENT, context -> {
        CultivationRecord record = context.record();
        Student student = record.student(context.student().orElseThrow()).orElseThrow();
        Optional<Period> required;
        String source;
        if (fromAgreement) {
          Optional<PlacementClause> clause = agreementOf(record, student.id())
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
        for (Placement placement : placements(record, student.id(), kinds)) {
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

  /** See {@link StandardTemplates#MINIMUM_SHARE_AT_HOST}. */
  static final class MinimumShare implements RuleTemplate {
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
      Set<PlacementKind> kinds = kinds(configuration);
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
        for (Placement placement : placements(record, student.id(), kinds)) {
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

  private static Set<PlacementKind> kinds(ConfiguredRule configuration) {
    List<PlacementKind> listed = configuration.enumList("placementKinds", PlacementKind.class);
    return listed.isEmpty() ? Set.of(PlacementKind.values()) : Set.copyOf(listed);
  }

  private static List<Placement> placements(CultivationRecord record, StudentId student, Set<PlacementKind> kinds) {
    return record.placementsOf(student).stream().filter(p -> kinds.contains(p.kind()))
        .sorted(Comparator.comparing(Placement::startDate)).toList();
  }

  static Optional<CooperationAgreement> agreementOf(CultivationRecord record, StudentId student) {
    return record.agreementOf(student);
  }
}
