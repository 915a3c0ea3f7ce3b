package org.jointcultivation.rules.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.StandardTemplates;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleTemplate;

/**
 * A phased cadence: from the start, the first event of type {@code event} is due within {@code
 * firstWithin} (default: the first interval), and each next one within {@code interval} of the
 * previous; during the first {@code initialPhase}, within {@code initialInterval} instead
 * (Portsmouth: fortnightly for 3 months, then every 6 weeks). Only events the bearers took part
 * in count; for tutor communications that means the bearer took the initiative. Each gap is an
 * instance; a late event fulfils it late and restarts the cadence. Bearer {@code TUTOR} makes it
 * a tutor's duty counted from their first student (e.g. training valid for two years).
 */
final class CadenceTemplate implements RuleTemplate {
  @Override
  public String name() {
    return StandardTemplates.MAXIMUM_INTERVAL;
  }

  @Override
  public java.util.List<org.jointcultivation.rules.spi.ParameterDeclaration> parameters() {
    return StandardParameters.maximumInterval();
  }

  @Override
  public Strictness strictness(String parameter) {
    return switch (parameter) {
      case "interval", "initialInterval", "firstWithin" -> Strictness.LOWER;
      case "initialPhase" -> Strictness.HIGHER;
      default -> Strictness.NEITHER;
    };
  }

  @Override
  public Rule create(ConfiguredRule configuration) {
    Period interval = configuration.requiredPeriod("interval");
    Optional<Period> initialInterval = configuration.period("initialInterval");
    Optional<Period> initialPhase = configuration.period("initialPhase");
    if (initialInterval.isPresent() != initialPhase.isPresent()) {
      throw configuration.error(initialInterval.isPresent() ? "initialPhase" : "initialInterval",
          "must be set together with " + (initialInterval.isPresent() ? "initialInterval" : "initialPhase"));
    }
    Optional<Period> firstWithin = configuration.period("firstWithin");
    boolean fromSchedule = configuration.flag("fromSchedule", false);
    EventFilter filter = EventFilter.from(configuration, "event", SupervisionMeetingHeld.class);
    CountingBasis.Scope subjects = CountingBasis.Scope.of(configuration);
    return new SimpleRule(configuration.ruleId(), subjects.ruleScope(), context -> {
      CultivationRecord record = context.record();
      LocalDate asOf = context.asOf();
      CountingBasis subject = subjects.subjectOf(context);
      if (!subject.begunBy(asOf)) {
        return List.of();
      }
      Optional<LocalDate> start = subject.start();
      // Of the filter's type only: the subject's index by type is made once and shared by its rules.
      List<? extends CultivationEvent> events = context.facts().events(filter.type);
      Suspensions suspensions = subject.suspensions();
      Set<PersonId> bearers = context.tutor().<Set<PersonId>>map(Set::of).orElseGet(() -> {
        StudentId student = context.student().orElseThrow();
        Optional<DualTutorAssignment> team = record.assignmentOn(student, start.get())
            .or(() -> record.assignmentsOf(student).stream().findFirst());
        return Bearers.persons(configuration.norm().bearers(), team, Optional.of(student), Optional.empty());
      });
      List<CultivationEvent> relevant = events.stream().<CultivationEvent>map(e -> e).filter(filter::test)
          .filter(e -> !e.date().isBefore(start.get()) && !e.date().isAfter(asOf))
          .filter(e -> Bearers.actedBy(EventFacts.actors(e), bearers, configuration.norm().bearerMode()))
          .toList();
      List<ObligationInstance> instances = new ArrayList<>();
      LocalDate last = start.get();
      LocalDate previousMet = start.get();
      int next = 0;
      Optional<LocalDate> terminated = suspensions.terminated();
      for (int gap = 1; gap <= 10_000; gap++) {
        if (terminated.isPresent() && !terminated.get().isAfter(last)) {
          break;
        }
        Period allowed = gap == 1 && firstWithin.isPresent() ? firstWithin.get()
            : initialPhase.isPresent() && last.isBefore(start.get().plus(initialPhase.get()))
                ? initialInterval.orElseThrow() : interval;
        LocalDate due = suspensions.shift(last, last.plus(allowed));
        final LocalDate from = last;
        final int searchFrom = next;
        Optional<CultivationEvent> met = Optional.empty();
        for (int i = searchFrom; i < relevant.size(); i++) {
          CultivationEvent candidate = relevant.get(i);
          if (gap == 1 ? !candidate.date().isBefore(from)
              : candidate.date().isAfter(fromSchedule ? previousMet : from)) {
            met = Optional.of(candidate);
            next = i + 1;
            break;
          }
        }
        Lifecycle lifecycle = Lifecycle.startingOn(from, gap == 1 ? "start " + from : "previous on " + from);
        LocalDate settled = met.map(CultivationEvent::date).orElse(asOf);
        suspensions.annotate(lifecycle, from, settled);
        Optional<LocalDate> endedBy = terminated.filter(day -> !day.isAfter(settled));
        if (met.isPresent() && !met.get().date().isAfter(due) && endedBy.isEmpty()) {
          lifecycle.to(met.get().date(), ObligationState.FULFILLED, "met by " + met.get().id());
        } else {
          if (asOf.isAfter(due) && endedBy.map(day -> day.isAfter(due)).orElse(true)) {
            lifecycle.to(due.plusDays(1), ObligationState.OVERDUE, "no " + filter.describe() + " by " + due);
          }
          if (endedBy.isPresent()) {
            lifecycle.to(endedBy.get(), ObligationState.TERMINATED, "joint cultivation terminated");
          } else {
            met.ifPresent(m -> lifecycle.to(m.date(), ObligationState.FULFILLED, "met late by " + m.id()));
          }
        }
        List<EventId> counted = met.map(m -> List.of(m.id())).orElse(List.of());
        // Figures kept, words composed when first read.
        Optional<CultivationEvent> found = met;
        java.util.function.Supplier<String> computed = () -> found
            .map(m -> "next " + filter.describe() + " " + m.id() + " on " + m.date() + " after " + from)
            .orElse("no " + filter.describe() + " since " + from + " (as of " + asOf + ")");
        instances.add(Outcomes.instance(context, "gap-" + gap, configuration.norm().title(), bearers,
            Optional.empty(), Optional.of(due), lifecycle, counted, context.explanation().computed(computed)
                .required(() -> "one within " + allowed + " of " + from + " (due " + due + ")")));
        if (met.isEmpty() || endedBy.isPresent()) {
          break;
        }
        previousMet = met.get().date();
        // On a schedule, the next is due an interval after this one's due date, however early or
        // late this one came; otherwise an interval after this one.
        last = fromSchedule ? due : met.get().date();
      }
      return instances;
    });
  }
}
