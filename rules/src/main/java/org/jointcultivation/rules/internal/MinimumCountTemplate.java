package org.jointcultivation.rules.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jointcultivation.core.DateRange;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.norm.BearerMode;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.StandardTemplates;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleContext;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.spi.RuleTemplate;

/**
 * At least {@code minimum} events per period (the norm's recurrence), counting events of type
 * {@code event} (default meetings) that the bearers took part in: each bearer separately (EACH),
 * any of them (ANY) or all together (ALL_TOGETHER). Periods cut short by the start or by
 * suspending leave require proportionally fewer events. With {@code maxConsecutiveMisses}, a run
 * of more short periods than that is a violation of its own. Bearer {@code TUTOR} makes it a
 * tutor's duty (e.g. training each semester), counted from their first student.
 */
final class MinimumCountTemplate implements RuleTemplate {
  @Override
  public String name() {
    return StandardTemplates.MINIMUM_COUNT_PER_PERIOD;
  }

  @Override
  public java.util.List<org.jointcultivation.rules.spi.ParameterDeclaration> parameters() {
    return StandardParameters.minimumCountPerPeriod();
  }

  @Override
  public Strictness strictness(String parameter) {
    return switch (parameter) {
      case "minimum" -> Strictness.HIGHER;
      case "maxConsecutiveMisses" -> Strictness.LOWER;
      default -> Strictness.NEITHER;
    };
  }

  @Override
  public Rule create(ConfiguredRule configuration) {
    int minimum = configuration.intParameter("minimum", 1, 1_000);
    OptionalInt maxMisses = configuration.text("maxConsecutiveMisses").isPresent()
        ? OptionalInt.of(configuration.intParameter("maxConsecutiveMisses", 0, 1_000))
        : OptionalInt.empty();
    EventFilter filter = EventFilter.from(configuration, "event", SupervisionMeetingHeld.class);
    Periods periods = new Periods(configuration);
    CountingBasis.Scope subjects = CountingBasis.Scope.of(configuration);
    BearerMode mode = configuration.norm().bearerMode();
    return new Rule() {
      @Override
      public String id() {
        return configuration.ruleId();
      }

      @Override
      public RuleScope scope() {
        return subjects.ruleScope();
      }

      @Override
      public List<ObligationInstance> evaluate(RuleContext context) {
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
        List<CultivationEvent> relevant = new ArrayList<>();
        for (CultivationEvent event : events) {
          if (!event.date().isAfter(asOf) && filter.test(event)) {
            relevant.add(event);
          }
        }
        List<ObligationInstance> instances = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        // Periods follow one another and events are in date order, so one pass finds each
        // period's events instead of a scan of all events per period.
        int firstInPeriod = 0;
        for (DateRange period : periods.between(start.get(), asOf)) {
          while (firstInPeriod < relevant.size() && relevant.get(firstInPeriod).date().isBefore(period.start())) {
            firstInPeriod++;
          }
          int afterPeriod = firstInPeriod;
          while (afterPeriod < relevant.size() && period.contains(relevant.get(afterPeriod).date())) {
            afterPeriod++;
          }
          List<CultivationEvent> inPeriod = relevant.subList(firstInPeriod, afterPeriod);
          LocalDate activeFrom = period.start().isBefore(start.get()) ? start.get() : period.start();
          LocalDate periodEnd = period.end().orElseThrow();
          Optional<LocalDate> terminated = suspensions.terminated();
          if (terminated.isPresent() && terminated.get().isBefore(activeFrom)) {
            break;
          }
          Optional<DualTutorAssignment> team = context.student()
              .flatMap(s -> record.assignmentOn(s, activeFrom)
                  .or(() -> record.assignmentsOf(s).stream().findFirst()));
          Set<PersonId> bearers = Bearers.persons(configuration.norm().bearers(), team,
              context.student(), context.tutor());
          List<Set<PersonId>> groups = mode == BearerMode.EACH && bearers.size() > 1
              ? bearers.stream().map(Set::of).toList()
              : List.of(bearers);
          long periodDays = ChronoUnit.DAYS.between(period.start(), periodEnd) + 1;
          long activeDays = ChronoUnit.DAYS.between(activeFrom, periodEnd) + 1
              - suspensions.suspendedDays(activeFrom, periodEnd);
          // Prorated to the nearest whole event, so a few active days do not owe a full period's duty.
          int required = (int) Math.round(minimum * (double) activeDays / periodDays);
          for (int g = 0; g < groups.size(); g++) {
            Set<PersonId> group = groups.get(g);
            if (series.size() <= g) {
              series.add(new Series());
            }
            String key = period.start() + (groups.size() > 1 ? "/" + group.iterator().next() : "");
            ObligationInstance instance = periodInstance(context, key, group, period, activeFrom,
                required, inPeriod, suspensions, terminated);
            instances.add(instance);
            series.get(g).record(instance, maxMisses, context, key, group, instances);
          }
        }
        return instances;
      }

      private ObligationInstance periodInstance(RuleContext context, String key,
          Set<PersonId> bearers, DateRange period, LocalDate activeFrom, int required,
          List<CultivationEvent> inPeriod, Suspensions suspensions, Optional<LocalDate> terminated) {
        LocalDate periodEnd = period.end().orElseThrow();
        List<CultivationEvent> counted = new ArrayList<>();
        List<EventId> ids = new ArrayList<>();
        for (CultivationEvent event : inPeriod) {
          if (Bearers.actedBy(EventFacts.actors(event), bearers, mode)) {
            counted.add(event);
            ids.add(event.id());
          }
        }
        String periodText = period.toString();
        Lifecycle lifecycle = Lifecycle.startingOn(activeFrom, "period " + periodText + " began");
        LocalDate until = periodEnd.isBefore(context.asOf()) ? periodEnd : context.asOf();
        suspensions.annotate(lifecycle, activeFrom, until);
        if (required == 0) {
          lifecycle.to(activeFrom, ObligationState.DISCHARGED, "too few active days in the period to require any");
        } else if (counted.size() >= required) {
          CultivationEvent reaching = counted.get(required - 1);
          lifecycle.to(reaching.date(), ObligationState.FULFILLED, required + " reached with " + reaching.id());
        } else if (terminated.isPresent() && !terminated.get().isAfter(until)) {
          lifecycle.to(terminated.get(), ObligationState.TERMINATED, "joint cultivation terminated");
        } else if (periodEnd.isBefore(context.asOf())) {
          lifecycle.to(periodEnd.plusDays(1), ObligationState.VIOLATED,
              "period ended with " + counted.size() + " of " + required);
        }
        // Figures kept, words composed when first read: most of a large assessment's are never read.
        int found = counted.size();
        int needed = required;
        LocalDate from = activeFrom;
        java.util.function.Supplier<String> computed = () -> found + " " + filter.describe()
            + (bearers.isEmpty() || (mode == BearerMode.ANY && bearers.size() > 1)
                ? "" : mode == BearerMode.ALL_TOGETHER && bearers.size() > 1
                    ? " attended by all of " + bearers : " with " + bearers)
            + " in " + periods.describe() + " " + period;
        java.util.function.Supplier<String> requirement = () -> "≥ " + needed + (needed != minimum
            ? " (" + minimum + " prorated for " + from + ".." + periodEnd + " less suspension)" : "");
        return Outcomes.instance(context, key, configuration.norm().title(), bearers,
            Optional.of(period), Optional.of(periodEnd), lifecycle, ids,
            context.explanation().computed(computed).required(requirement));
      }
    };
  }

  /** Tracks consecutive short periods of one bearer group. */
  private static final class Series {
    private int misses;
    private boolean reported;

    void record(ObligationInstance instance, OptionalInt maxMisses, RuleContext context, String key,
        Set<PersonId> bearers, List<ObligationInstance> out) {
      if (instance.state() != ObligationState.VIOLATED) {
        if (instance.state() == ObligationState.FULFILLED) {
          misses = 0;
          reported = false;
        }
        return;
      }
      misses++;
      if (maxMisses.isPresent() && misses > maxMisses.getAsInt() && !reported) {
        reported = true;
        LocalDate day = instance.breach().orElseThrow().date();
        Lifecycle lifecycle = Lifecycle.startingOn(instance.transitions().get(0).date(), "run of short periods")
            .to(day, ObligationState.VIOLATED, misses + " consecutive periods short");
        out.add(Outcomes.instance(context, "consecutive/" + key, "at most " + maxMisses.getAsInt()
                + " consecutive periods short", bearers, instance.period(), Optional.of(day), lifecycle,
            List.of(), misses + " consecutive periods short up to " + key,
            "at most " + maxMisses.getAsInt() + " consecutive periods short"));
      }
    }
  }
}
