package org.jointcultivation.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.event.Decision;
import org.jointcultivation.core.event.Measure;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.StandardTemplates;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.ParameterDeclaration;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleContext;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.spi.RuleTemplate;

/** See {@link StandardTemplates#NO_NEW_STUDENTS_WHILE_SUSPENDED}. */
final class NoNewStudentsWhileSuspendedTemplate implements RuleTemplate {
  @Override
  public String name() {
    return StandardTemplates.NO_NEW_STUDENTS_WHILE_SUSPENDED;
  }

  @Override
  public List<ParameterDeclaration> parameters() {
    return StandardParameters.noNewStudentsWhileSuspended();
  }

  @Override
  public Rule create(ConfiguredRule configuration) {
    List<String> listed = configuration.list("measures");
    Set<String> codes = listed.isEmpty()
        ? Set.of("SUSPENDED_ADMISSION", "LOSS_OF_SUPERVISOR_STATUS") : Set.copyOf(listed);
    return new SimpleRule(configuration.ruleId(), RuleScope.TUTOR, context -> {
      List<ObligationInstance> instances = new ArrayList<>();
      for (MeasureDecided decided : context.facts().events(MeasureDecided.class)) {
        TutorId tutor = context.tutor().orElseThrow();
        if (!decided.subject().equals(tutor) || decided.decision() == Decision.REJECTED
            || decided.date().isAfter(context.asOf())) {
          continue;
        }
        Optional<Measure> measure = context.record().decidedMeasure(decided);
        if (measure.isPresent() && codes.contains(measure.get().code())) {
          cases(context, configuration, tutor, decided, measure.get(), instances);
        }
      }
      return instances;
    });
  }

  /** One obligation per student taken on while the measure is in force, at one of its levels. */
  private static void cases(RuleContext context, ConfiguredRule configuration, TutorId tutor,
      MeasureDecided decided, Measure measure, List<ObligationInstance> instances) {
    CultivationRecord record = context.record();
    List<DualTutorAssignment> assignments = record.assignmentsOfTutor(tutor);
    String terms = terms(measure, decided.date());
    assignments.stream()
        .filter(a -> a.startDate().isAfter(decided.date()) && !a.startDate().isAfter(context.asOf())
            && measure.inForce(decided.date(), a.startDate()) && concerns(record, measure, a))
        .sorted(Comparator.comparing(DualTutorAssignment::startDate).thenComparing(a -> a.student().value()))
        .forEach(taken -> {
          long supervised = assignments.stream()
              .filter(a -> !a.startDate().isAfter(taken.startDate())
                  && a.endDate().map(end -> !end.isBefore(taken.startDate())).orElse(true)
                  && concerns(record, measure, a))
              .count();
          boolean within = measure.quota().map(q -> supervised <= q).orElse(false);
          String computed = "took on " + taken.student() + " on " + taken.startDate()
              + (measure.quota().isPresent() ? ", " + supervised + " students supervised at once," : "")
              + " while " + terms;
          Lifecycle lifecycle = Lifecycle.startingOn(taken.startDate(), measure.code() + " in force")
              .to(taken.startDate(), within ? ObligationState.FULFILLED : ObligationState.VIOLATED, computed);
          instances.add(Outcomes.instance(context, decided.id().value() + "/" + taken.student().value(),
              configuration.norm().title(), Set.of(tutor), Optional.empty(), Optional.empty(), lifecycle,
              List.of(decided.id()), computed, measure.quota().map(q -> "at most " + q + " students")
                  .orElse("no new students")));
        });
  }

  private static boolean concerns(CultivationRecord record, Measure measure, DualTutorAssignment assignment) {
    return measure.levels().isEmpty() || record.student(assignment.student()).map(Student::level)
        .map(measure::concerns).orElse(true);
  }

  private static String terms(Measure measure, LocalDate decided) {
    return measure.code() + " (decided " + decided
        + measure.duration().map(d -> ", until " + decided.plus(d).minusDays(1)).orElse("")
        + (measure.levels().isEmpty() ? "" : ", for " + measure.levels())
        + measure.quota().map(q -> ", quota " + q).orElse("") + ") was in force";
  }
}
