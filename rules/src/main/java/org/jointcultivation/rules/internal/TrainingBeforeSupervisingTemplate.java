package org.jointcultivation.rules.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.event.TrainingCompleted;
import org.jointcultivation.core.event.TrainingKind;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.StandardTemplates;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleContext;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.spi.RuleTemplate;

/** See {@link StandardTemplates#TRAINING_BEFORE_SUPERVISING}. */
final class TrainingBeforeSupervisingTemplate implements RuleTemplate {
  @Override
  public String name() {
    return StandardTemplates.TRAINING_BEFORE_SUPERVISING;
  }

  @Override
  public java.util.List<org.jointcultivation.rules.spi.ParameterDeclaration> parameters() {
    return StandardParameters.trainingBeforeSupervising();
  }

  @Override
  public Strictness strictness(String parameter) {
    return switch (parameter) {
      case "minimumHours" -> Strictness.HIGHER;
      case "within" -> Strictness.LOWER;
      default -> Strictness.NEITHER;
    };
  }

  @Override
  public Rule create(ConfiguredRule configuration) {
    List<TrainingKind> listed = configuration.enumList("kinds", TrainingKind.class);
    boolean byHours = configuration.text("minimumHours").isPresent();
    int minimumHours = byHours ? configuration.intParameter("minimumHours", 1, 10_000) : 0;
    Optional<Period> within = configuration.period("within");
    if (byHours && within.isEmpty()) {
      throw configuration.error("within", "is required with minimumHours");
    }
    Set<TrainingKind> kinds = listed.isEmpty()
        ? (byHours ? Set.of(TrainingKind.values()) : Set.of(TrainingKind.PRE_SERVICE))
        : Set.copyOf(listed);
    return new SimpleRule(configuration.ruleId(), RuleScope.TUTOR, context -> {
      TutorId tutor = context.tutor().orElseThrow();
      Optional<LocalDate> firstStudent = context.record().assignmentsOfTutor(tutor).stream()
          .map(DualTutorAssignment::startDate).min(Comparator.naturalOrder())
          .filter(day -> !day.isAfter(context.asOf()));
      if (firstStudent.isEmpty()) {
        return List.of();
      }
      LocalDate first = firstStudent.get();
      List<TrainingCompleted> trainings = context.record().eventsOf(tutor).stream()
          .filter(TrainingCompleted.class::isInstance).map(TrainingCompleted.class::cast)
          .filter(t -> t.tutor().equals(tutor) && kinds.contains(t.kind()))
          .filter(t -> !t.date().isAfter(context.asOf()))
          .toList();
      return List.of(byHours
          ? hours(context, tutor, first, trainings, minimumHours, within.orElseThrow())
          : before(context, tutor, first, trainings, kinds));
    });
  }

  private static ObligationInstance before(RuleContext context, TutorId tutor, LocalDate first,
      List<TrainingCompleted> trainings, Set<TrainingKind> kinds) {
    Optional<TrainingCompleted> done = trainings.stream().filter(t -> !t.date().isAfter(first)).findFirst();
    Lifecycle lifecycle = Lifecycle.startingOn(first, "first student assigned " + first);
    if (done.isPresent()) {
      lifecycle.to(first, ObligationState.FULFILLED, "trained on " + done.get().date());
    } else {
      lifecycle.to(first, ObligationState.VIOLATED, "supervising without " + kinds + " training");
    }
    return Outcomes.instance(context, "before-first-student", context.configuration().norm().title(),
        Set.of(tutor), Optional.empty(), Optional.of(first), lifecycle,
        done.map(t -> List.of(t.id())).orElse(List.of()),
        done.map(t -> kinds + " training " + t.id() + " on " + t.date())
            .orElse("no " + kinds + " training before the first student on " + first),
        kinds + " training before the first student");
  }

  private static ObligationInstance hours(RuleContext context, TutorId tutor, LocalDate first,
      List<TrainingCompleted> trainings, int minimumHours, Period within) {
    LocalDate due = first.plus(within);
    Lifecycle lifecycle = Lifecycle.startingOn(first, "first student assigned " + first);
    int total = 0;
    Optional<TrainingCompleted> reaching = Optional.empty();
    for (TrainingCompleted training : trainings) {
      total += training.hours();
      if (total >= minimumHours) {
        reaching = Optional.of(training);
        break;
      }
    }
    if (reaching.isPresent()) {
      if (reaching.get().date().isAfter(due)) {
        lifecycle.to(due.plusDays(1), ObligationState.OVERDUE, minimumHours + " hours not reached by " + due);
      }
      lifecycle.to(reaching.get().date(), ObligationState.FULFILLED, "reached with " + reaching.get().id());
    } else if (context.asOf().isAfter(due)) {
      lifecycle.to(due.plusDays(1), ObligationState.OVERDUE, minimumHours + " hours not reached by " + due);
    }
    return Outcomes.instance(context, "hours", context.configuration().norm().title(), Set.of(tutor),
        Optional.empty(), Optional.of(due), lifecycle, trainings.stream().map(t -> t.id()).toList(),
        total + " hours of training since " + first, "≥ " + minimumHours + " hours within " + within
            + " of the first student (due " + due + ")");
  }
}
