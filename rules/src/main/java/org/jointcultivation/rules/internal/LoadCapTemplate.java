package org.jointcultivation.rules.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.StandardTemplates;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.spi.RuleTemplate;

/** See {@link StandardTemplates#LOAD_CAP}. */
final class LoadCapTemplate implements RuleTemplate {
  @Override
  public String name() {
    return StandardTemplates.LOAD_CAP;
  }

  @Override
  public java.util.List<org.jointcultivation.rules.spi.ParameterDeclaration> parameters() {
    return StandardParameters.loadCap();
  }

  @Override
  public Strictness strictness(String parameter) {
    return parameter.equals("maximum") ? Strictness.LOWER : Strictness.NEITHER;
  }

  @Override
  public Rule create(ConfiguredRule configuration) {
    int maximum = configuration.intParameter("maximum", 1, 10_000);
    String position = configuration.text("position").orElse("LEAD");
    if (!Set.of("FIRST", "SECOND", "LEAD", "ANY").contains(position)) {
      throw configuration.error("position", "must be FIRST, SECOND, LEAD or ANY, not '" + position + "'");
    }
    Optional<Condition> counting = configuration.text("counting").map(text -> {
      try {
        return Conditions.forVocabulary(configuration.vocabulary()).compile(List.of("student"),
            "the students a cap counts", text);
      } catch (IllegalArgumentException e) {
        throw configuration.error("counting", String.valueOf(e.getMessage()));
      }
    });
    return new SimpleRule(configuration.ruleId(), RuleScope.TUTOR, context -> {
      TutorId tutor = context.tutor().orElseThrow();
      List<DualTutorAssignment> held = context.record().assignmentsOfTutor(tutor).stream()
          .filter(a -> holds(a, tutor, position) && !a.startDate().isAfter(context.asOf()))
          .filter(a -> counting.map(condition -> condition.test(java.util.Map.of("asOf", context.asOf().toString(),
              "student", ConditionVariables.student(context.record(), a.student())))).orElse(true))
          .sorted(Comparator.comparing(DualTutorAssignment::startDate))
          .toList();
      if (held.isEmpty()) {
        return List.of();
      }
      Lifecycle lifecycle = Lifecycle.startingOn(held.get(0).startDate(), "first student " + held.get(0).student());
      int peak = 0;
      List<StudentId> atPeak = List.of();
      for (DualTutorAssignment assignment : held) {
        LocalDate day = assignment.startDate();
        List<StudentId> active = held.stream().filter(a -> a.period().contains(day))
            .map(DualTutorAssignment::student).toList();
        if (active.size() > peak) {
          peak = active.size();
          atPeak = active;
        }
        if (active.size() > maximum) {
          lifecycle.to(day, ObligationState.VIOLATED, active.size() + " active students on " + day);
        }
      }
      return List.of(Outcomes.instance(context, "load", configuration.norm().title(), Set.of(tutor),
          Optional.empty(), Optional.empty(), lifecycle, List.of(),
          "a peak of " + peak + " active students as " + position + " tutor " + atPeak,
          "≤ " + maximum + " active students as " + position + " tutor"
              + counting.map(c -> ", counting those for whom " + c.expression()).orElse("")));
    });
  }

  private static boolean holds(DualTutorAssignment assignment, TutorId tutor, String position) {
    return switch (position) {
      case "FIRST" -> assignment.firstTutor().equals(tutor);
      case "SECOND" -> assignment.secondTutor().equals(tutor);
      case "LEAD" -> assignment.leadTutor().equals(tutor);
      default -> assignment.team().contains(tutor);
    };
  }
}
