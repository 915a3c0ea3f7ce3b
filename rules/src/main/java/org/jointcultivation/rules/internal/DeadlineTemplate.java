package org.jointcultivation.rules.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.DeclaredEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.ProgressReported;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.StudentId;
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
 * An achievement duty due {@code within} after a trigger: the programme's start ({@code
 * trigger=PROGRAMME_START}), or each event of a type ({@code trigger=FeedbackSubmitted}; {@code
 * ProblemsReported} means progress reports that raise problems). It is met by an event of type
 * {@code response} that answers the trigger (refers to it) or, for the programme start, any such
 * event of the student, done by the norm's bearers. Suspending leave shifts the deadline.
 */
final class DeadlineTemplate implements RuleTemplate {
  static final String PROGRAMME_START = "PROGRAMME_START";
  static final String PROBLEMS_REPORTED = "ProblemsReported";

  @Override
  public String name() {
    return StandardTemplates.DEADLINE_AFTER_EVENT;
  }


  @Override

  public java.util.List<org.jointcultivation.rules.spi.ParameterDeclaration> parameters() {

    return StandardParameters.deadlineAfterEvent();

  }

  @Override
  public Strictness strictness(String parameter) {
    return parameter.equals("within") ? Strictness.LOWER : Strictness.NEITHER;
  }

  @Override
  public Rule create(ConfiguredRule configuration) {
    String trigger = configuration.text("trigger")
        .or(() -> configuration.norm().deadline().map(d -> d.anchor()))
        .orElseThrow(() -> configuration.error("trigger", "is required by template " + name()));
    boolean declaredTrigger = !EventFacts.TYPES.containsKey(trigger)
        && configuration.vocabulary().event(trigger).isPresent();
    if (!trigger.equals(PROGRAMME_START) && !trigger.equals(PROBLEMS_REPORTED)
        && !EventFacts.TYPES.containsKey(trigger) && !declaredTrigger) {
      throw configuration.error("trigger",
          "must be PROGRAMME_START, ProblemsReported or an event type, not '" + trigger + "'");
    }
    Optional<String> dueField = configuration.text("dueField").map(String::strip);
    if (dueField.isPresent()) {
      boolean dateField = declaredTrigger && configuration.vocabulary().event(trigger)
          .map(kind -> kind.fields().get(dueField.get()))
          .map(field -> field.type() == org.jointcultivation.core.vocabulary.AttributeType.DATE).orElse(false);
      if (!dateField) {
        throw configuration.error("dueField", "must name a DATE field of the trigger's declared event kind, not '"
            + dueField.get() + "' of " + trigger);
      }
    }
    Optional<Period> notBefore = configuration.period("notBefore");
    Optional<Integer> endOfTerm = configuration.text("dueAtEndOfTerm")
        .map(text -> configuration.intParameter("dueAtEndOfTerm", 1, 40));
    if (endOfTerm.isPresent() && !trigger.equals(PROGRAMME_START)) {
      throw configuration.error("dueAtEndOfTerm", "counts terms from the programme's start, so the trigger must be "
          + PROGRAMME_START + ", not " + trigger);
    }
    List<java.time.MonthDay> termStarts = configuration.text("termStarts").isPresent()
        ? configuration.monthDays("termStarts") : List.of(java.time.MonthDay.of(9, 1), java.time.MonthDay.of(2, 1));
    Optional<Condition> triggerWhere = configuration.text("triggerWhere")
        .map(text -> Conditions.overEvent(configuration, RuleScope.STUDENT, "triggerWhere", text, "the triggering events"));
    boolean mustReferToTrigger = configuration.flag("mustReferToTrigger", !declaredTrigger);
    Period within = configuration.period("within")
        .or(() -> configuration.norm().deadline().map(d -> d.within()))
        .or(() -> dueField.map(field -> Period.ZERO))
        .or(() -> endOfTerm.map(term -> Period.ZERO))
        .orElseThrow(() -> configuration.error("within", "is required by template " + name()));
    EventFilter response = EventFilter.from(configuration, "response", SupervisionMeetingHeld.class);
    Set<org.jointcultivation.core.event.LeaveKind> suspending = Suspensions.kinds(configuration);
    int allowance = Suspensions.allowance(configuration);
    return new Rule() {
      @Override
      public String id() {
        return configuration.ruleId();
      }

      @Override
      public RuleScope scope() {
        return RuleScope.STUDENT;
      }

      @Override
      public List<ObligationInstance> evaluate(RuleContext context) {
        CultivationRecord record = context.record();
        StudentId studentId = context.student().orElseThrow();
        Student student = record.student(studentId).orElseThrow();
        Suspensions suspensions = Suspensions.of(context.facts(), suspending, allowance);
        List<ObligationInstance> instances = new ArrayList<>();
        Map<String, Object> variables = triggerWhere.isPresent() ? ConditionVariables.of(context.facts()) : Map.of();
        for (Trigger t : triggers(record, student, trigger, declaredTrigger, dueField, context.asOf())) {
          if (triggerWhere.isPresent() && t.event.isPresent()) {
            Map<String, Object> withEvent = new java.util.HashMap<>(variables);
            withEvent.put("event", ConditionVariables.event(record.event(t.event.get()).orElseThrow(), record));
            if (!triggerWhere.get().test(withEvent)) {
              continue;
            }
          }
          Trigger timed = endOfTerm.isPresent()
              ? new Trigger(t.key, t.date, t.event, t.description + ", due at the end of term " + endOfTerm.get(),
                  Optional.of(endOfTerm(t.date, termStarts, endOfTerm.get())))
              : t;
          instances.add(evaluateOne(context, timed, suspensions));
        }
        return instances;
      }

      private ObligationInstance evaluateOne(RuleContext context, Trigger t, Suspensions suspensions) {
        CultivationRecord record = context.record();
        StudentId student = context.student().orElseThrow();
        Optional<DualTutorAssignment> team = record.assignmentOn(student, t.date);
        Set<PersonId> bearers = Bearers.persons(configuration.norm().bearers(), team,
            Optional.of(student), Optional.empty());
        LocalDate due = t.due.orElseGet(() -> suspensions.shift(t.date, t.date.plus(within)));
        Optional<LocalDate> opens = notBefore.map(t.date::plus);
        // The student's events are in date order, so the first that answers is the earliest.
        Optional<CultivationEvent> answer = Optional.empty();
        for (CultivationEvent event : record.eventsOf(student)) {
          if (response.test(event) && !event.date().isBefore(t.date) && !event.date().isAfter(context.asOf())
              && (!mustReferToTrigger || t.event.map(id -> event.references().events().contains(id)).orElse(true))
              // A response that need not refer to its triggering event must come after its day.
              && (mustReferToTrigger || t.event.isEmpty() || event.date().isAfter(t.date))
              && Bearers.actedBy(EventFacts.actors(event), bearers, configuration.norm().bearerMode())) {
            answer = Optional.of(event);
            break;
          }
        }
        LocalDate settled = answer.map(CultivationEvent::date).orElse(context.asOf());
        // A window's duty is created with its trigger and in force from the day the window opens.
        Lifecycle lifecycle = opens.isPresent() ? Lifecycle.createdOn(t.date, t.description)
            : Lifecycle.startingOn(t.date, t.description);
        if (opens.isPresent() && !opens.get().isAfter(settled)
            && answer.map(a -> !a.date().isBefore(opens.get())).orElse(true)) {
          lifecycle.to(opens.get(), ObligationState.IN_EFFECT, "the window opened on " + opens.get());
        }
        suspensions.annotate(lifecycle, t.date, settled);
        Optional<LocalDate> terminated = suspensions.terminated()
            .filter(day -> !day.isBefore(t.date) && !day.isAfter(settled));
        // A duty still owed when the candidacy (or the agreement) ends is broken then: it can no
        // longer be met. A termination decides otherwise, and comes first.
        Optional<LocalDate> endedOwing = terminated.isPresent() ? Optional.empty() : context.facts().ended()
            .filter(day -> !day.isBefore(t.date) && !day.isAfter(settled));
        String computed;
        if (answer.isPresent() && opens.isPresent() && answer.get().date().isBefore(opens.get())) {
          // A window: an act before it opens does not meet the duty, it breaks it.
          lifecycle.to(answer.get().date(), ObligationState.VIOLATED,
              answer.get().id() + " came before the window opened on " + opens.get());
          computed = "too early: " + answer.get().id() + " on " + answer.get().date() + ", before " + opens.get();
        } else if (answer.isPresent() && !answer.get().date().isAfter(due)) {
          lifecycle.to(answer.get().date(), ObligationState.FULFILLED, "met by " + answer.get().id());
          computed = "met by " + answer.get().id() + " on " + answer.get().date();
        } else {
          if (context.asOf().isAfter(due) && terminated.map(day -> day.isAfter(due)).orElse(true)
              && endedOwing.map(day -> day.isAfter(due)).orElse(true)) {
            lifecycle.to(due.plusDays(1), ObligationState.OVERDUE, "deadline " + due + " passed");
          }
          if (terminated.isPresent()) {
            lifecycle.to(terminated.get(), ObligationState.TERMINATED, "joint cultivation terminated");
          } else if (endedOwing.isPresent()) {
            lifecycle.to(endedOwing.get(), ObligationState.VIOLATED,
                "still owed when the candidacy ended on " + endedOwing.get());
          } else if (answer.isPresent()) {
            lifecycle.to(answer.get().date(), ObligationState.FULFILLED, "met late by " + answer.get().id());
          }
          Optional<CultivationEvent> late = answer;
          computed = endedOwing.map(day -> "no " + response.describe() + " by the end of the candidacy on " + day)
              .or(() -> late.map(a -> "met late by " + a.id() + " on " + a.date()))
              .orElse("no " + response.describe() + " by " + context.asOf());
        }
        List<EventId> counted = new ArrayList<>();
        t.event.ifPresent(counted::add);
        answer.ifPresent(a -> counted.add(a.id()));
        return Outcomes.instance(context, t.key, configuration.norm().title(), bearers,
            Optional.empty(), Optional.of(due), lifecycle, counted, computed,
            response.describe() + (t.due.isPresent() ? " by the date " + t.description + " set"
                : opens.map(o -> " between " + o + " and").orElse(" within " + within + " of")
                    + " " + t.description) + " (due " + due + ")");
      }
    };
  }

  private static List<Trigger> triggers(CultivationRecord record, Student student, String trigger,
      boolean declared, Optional<String> dueField, LocalDate asOf) {
    List<Trigger> triggers = new ArrayList<>();
    if (trigger.equals(PROGRAMME_START)) {
      if (!student.startDate().isAfter(asOf)) {
        triggers.add(new Trigger("start", student.startDate(), Optional.empty(),
            "the programme start " + student.startDate(), Optional.empty()));
      }
      return triggers;
    }
    if (declared) {
      for (DeclaredEvent event : record.eventsOf(student.id(), DeclaredEvent.class)) {
        if (event.kind().equals(trigger) && !event.date().isAfter(asOf)) {
          // The record checked the field against the vocabulary: present, and a date.
          Optional<LocalDate> due = dueField.map(field -> LocalDate.parse(event.fields().getOrDefault(field, "")));
          triggers.add(new Trigger(event.id().value(), event.date(), Optional.of(event.id()),
              trigger + " " + event.id() + " on " + event.date(), due));
        }
      }
      return triggers;
    }
    Class<? extends CultivationEvent> type =
        trigger.equals(PROBLEMS_REPORTED)
            ? ProgressReported.class
            : java.util.Objects.requireNonNull(EventFacts.TYPES.get(trigger), trigger);
    for (CultivationEvent event : record.eventsOf(student.id())) {
      if (type.isInstance(event) && !event.date().isAfter(asOf)
          && (!trigger.equals(PROBLEMS_REPORTED) || ((ProgressReported) event).raisesProblems())) {
        triggers.add(new Trigger(event.id().value(), event.date(), Optional.of(event.id()),
            EventFacts.typeName(type) + " " + event.id() + " on " + event.date(), Optional.empty()));
      }
    }
    return triggers;
  }

  /**
   * The last day of the {@code term}-th term of a programme starting on {@code start}, the term it
   * starts in being the first; terms start on {@code termStarts} each year.
   */
  static LocalDate endOfTerm(LocalDate start, List<java.time.MonthDay> termStarts, int term) {
    List<LocalDate> boundaries = new ArrayList<>();
    for (int year = start.getYear() - 1; year <= start.getYear() + term + 1; year++) {
      for (java.time.MonthDay day : termStarts) {
        boundaries.add(day.atYear(year));
      }
    }
    boundaries.sort(LocalDate::compareTo);
    int first = 0;
    for (int i = 0; i < boundaries.size(); i++) {
      if (!boundaries.get(i).isAfter(start)) {
        first = i;
      }
    }
    return boundaries.get(first + term).minusDays(1);
  }

  /** What starts the clock; {@code due}, when the triggering event itself sets the date. */
  private record Trigger(String key, LocalDate date, Optional<EventId> event, String description,
      Optional<LocalDate> due) {}
}
