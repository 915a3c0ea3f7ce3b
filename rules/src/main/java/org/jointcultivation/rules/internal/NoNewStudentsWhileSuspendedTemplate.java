package org.jointcultivation.rules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.Decision;
import org.jointcultivation.core.event.Measure;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.StandardTemplates;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.spi.RuleTemplate;

/** See {@link StandardTemplates#NO_NEW_STUDENTS_WHILE_SUSPENDED}. */
final class NoNewStudentsWhileSuspendedTemplate implements RuleTemplate {
  @Override
  public String name() {
    return StandardTemplates.NO_NEW_STUDENTS_WHILE_SUSPENDED;
  }

  @Override
  public java.util.List<org.jointcultivation.rules.spi.ParameterDeclaration> parameters() {
    return StandardParameters.noNewStudentsWhileSuspended();
  }

  @Override
  public Rule create(ConfiguredRule configuration) {
    List<String> listed = configuration.list("measures");
    Set<String> codes = listed.isEmpty()
        ? Set.of("SUSPENDED_ADMISSION", "LOSS_OF_SUPERVISOR_STATUS") : Set.copyOf(listed);
    return new SimpleRule(configuration.ruleId(), RuleScope.TUTOR, context -> {
      CultivationRecord record = context.record();
      TutorId tutor = context.tutor().orElseThrow();
      List<ObligationInstance> instances = new ArrayList<>();
      for (CultivationEvent event : record.eventsOf(tutor)) {
        if (!(event instanceof MeasureDecided decided) || !decided.subject().equals(tutor)
            || decided.decision() == Decision.REJECTED || decided.date().isAfter(context.asOf())) {
          continue;
        }
        Optional<Measure> measure = decided.decidedMeasure().or(() -> record.event(decided.proposal())
            .filter(MeasureProposed.class::isInstance).map(p -> ((MeasureProposed) p).measure()));
        if (measure.isEmpty() || !codes.contains(measure.get().code())) {
          continue;
        }
        Lifecycle lifecycle = Lifecycle.startingOn(decided.date(), measure.get().code() + " decided");
        List<StudentId> taken = record.assignmentsOfTutor(tutor).stream()
            .filter(a -> a.startDate().isAfter(decided.date()) && !a.startDate().isAfter(context.asOf()))
            .sorted(Comparator.comparing(DualTutorAssignment::startDate))
            .peek(a -> lifecycle.to(a.startDate(), ObligationState.VIOLATED, "took on " + a.student()))
            .map(DualTutorAssignment::student)
            .toList();
        instances.add(Outcomes.instance(context, decided.id().value(), configuration.norm().title(),
            Set.of(tutor), Optional.empty(), Optional.empty(), lifecycle, List.of(decided.id()),
            taken.size() + " new students since " + measure.get().code() + " on " + decided.date()
                + (taken.isEmpty() ? "" : " " + taken),
            "no new students after " + codes));
      }
      return instances;
    });
  }
}
