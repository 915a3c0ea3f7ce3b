package org.jointcultivation.rules.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.DeclaredEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.vocabulary.AttributeType;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.StandardTemplates;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.ParameterDeclaration;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleContext;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.spi.RuleTemplate;

/** See {@link StandardTemplates#VALIDITY}. */
final class ValidityTemplate implements RuleTemplate {
  @Override
  public String name() {
    return StandardTemplates.VALIDITY;
  }

  @Override
  public List<ParameterDeclaration> parameters() {
    return StandardParameters.validity();
  }

  /** Days, both ends included. */
  private record Span(LocalDate from, LocalDate to) {
    boolean contains(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(to);
    }
  }

  /** What one granting event makes valid. */
  private record Grant(EventId event, Span span) {}

  @Override
  public Rule create(ConfiguredRule configuration) {
    Set<BearerRole> bearers = configuration.norm().bearers();
    RuleScope scope = bearers.equals(Set.of(BearerRole.TUTOR)) ? RuleScope.TUTOR : RuleScope.STUDENT;
    if (!bearers.equals(Set.of(BearerRole.TUTOR)) && !bearers.equals(Set.of(BearerRole.STUDENT))) {
      throw configuration.error("bearers", "a validity is held by a STUDENT or a TUTOR, not " + bearers);
    }
    EventFilter filter = EventFilter.from(configuration, "event", CultivationEvent.class);
    Optional<Period> validFor = configuration.period("validFor");
    Optional<String> untilField = configuration.text("validUntilField").map(String::strip);
    String kind = configuration.requiredText("event").strip();
    if (untilField.isPresent()) {
      boolean dateField = configuration.vocabulary().event(kind).map(k -> k.fields().get(untilField.get()))
          .map(field -> field.type() == AttributeType.DATE).orElse(false);
      if (!dateField) {
        throw configuration.error("validUntilField", "must name a DATE field of the declared event kind " + kind
            + ", not '" + untilField.get() + "'");
      }
    } else if (validFor.isEmpty()) {
      throw configuration.error("validFor", "is required without validUntilField: how long is each " + kind
          + " valid?");
    }
    Optional<Period> firstWithin = configuration.period("firstWithin");
    Optional<Condition> where = configuration.text("where")
        .map(text -> Conditions.overEvent(configuration, scope, "where", text, "the events that grant a validity"));
    return new SimpleRule(configuration.ruleId(), scope,
        context -> evaluate(context, configuration, filter, where, validFor, untilField, firstWithin));
  }

  private static List<ObligationInstance> evaluate(RuleContext context, ConfiguredRule configuration,
      EventFilter filter, Optional<Condition> where, Optional<Period> validFor, Optional<String> untilField,
      Optional<Period> firstWithin) {
    LocalDate asOf = context.asOf();
    List<Span> required = required(context, firstWithin);
    if (required.isEmpty()) {
      return List.of();
    }
    List<Grant> grants = grants(context, filter, where, validFor, untilField);
    Set<PersonId> bearers = Bearers.persons(configuration.norm().bearers(),
        context.student().flatMap(s -> context.record().assignmentOn(s, asOf)), context.student(), context.tutor());
    String what = filter.describe();
    List<ObligationInstance> instances = new ArrayList<>();
    List<Span> covered = merged(grants.stream().map(Grant::span).toList());
    for (Span need : required) {
      if (need.from().isAfter(asOf)) {
        continue; // not required yet: the held obligation says from when
      }
      LocalDate day = need.from();
      while (!day.isAfter(need.to())) {
        LocalDate today = day;
        Optional<Span> valid = covered.stream().filter(span -> span.contains(today)).findFirst();
        if (valid.isPresent()) {
          day = valid.get().to().plusDays(1);
          continue;
        }
        // A lapse: from this day until the next grant begins, or for as long as it is needed.
        Optional<Span> next = covered.stream().filter(span -> span.from().isAfter(today)).findFirst();
        LocalDate renewed = next.map(Span::from).filter(d -> !d.isAfter(need.to())).orElse(null);
        Optional<Grant> expired = grants.stream().filter(g -> g.span().to().isBefore(today))
            .max(Comparator.comparing((Grant g) -> g.span().to()));
        Optional<Grant> renewal = renewed == null ? Optional.empty()
            : grants.stream().filter(g -> g.span().from().equals(renewed)).findFirst();
        List<EventId> counted = new ArrayList<>();
        expired.ifPresent(g -> counted.add(g.event()));
        renewal.ifPresent(g -> counted.add(g.event()));
        String computed = "no valid " + what + " from " + today
            + expired.map(g -> " (" + g.event() + " was valid until " + g.span().to() + ")").orElse("")
            + (renewal.isPresent() ? "; renewed by " + renewal.get().event() + " on " + renewed
                : "; still lapsed on " + need.to());
        Lifecycle lifecycle = Lifecycle.startingOn(today, "a valid " + what + " is required")
            .to(today, ObligationState.VIOLATED, computed);
        instances.add(Outcomes.instance(context, "lapse/" + today, configuration.norm().title(), bearers,
            Optional.empty(), Optional.of(today), lifecycle, counted, computed, "a valid " + what + " on every day"
                + " it is required"));
        day = renewed == null ? need.to().plusDays(1) : renewed;
      }
    }
    held(context, configuration, required, grants, covered, bearers, what).ifPresent(instances::add);
    return instances;
  }

  /**
   * The validity held on the day of evaluation, due on its last valid day; or, before a first one
   * is required, the duty to obtain it.
   */
  private static Optional<ObligationInstance> held(RuleContext context, ConfiguredRule configuration,
      List<Span> required, List<Grant> grants, List<Span> covered, Set<PersonId> bearers, String what) {
    LocalDate asOf = context.asOf();
    LocalDate firstRequired = required.get(0).from();
    if (asOf.isBefore(firstRequired)) {
      String computed = "a valid " + what + " is required from " + firstRequired;
      return Optional.of(Outcomes.instance(context, "held", configuration.norm().title(), bearers, Optional.empty(),
          Optional.of(firstRequired.minusDays(1)), Lifecycle.startingOn(asOf, computed), List.of(), computed,
          "a valid " + what + " on every day it is required"));
    }
    Optional<Span> valid = covered.stream().filter(span -> span.contains(asOf)).findFirst();
    if (valid.isEmpty() || required.stream().noneMatch(span -> span.contains(asOf))) {
      return Optional.empty(); // lapsed (a lapse says so), or no longer required
    }
    Optional<Grant> latest = grants.stream().filter(g -> g.span().contains(asOf))
        .max(Comparator.comparing((Grant g) -> g.span().to()));
    String computed = "valid until " + valid.get().to() + latest.map(g -> " by " + g.event()).orElse("");
    return Optional.of(Outcomes.instance(context, "held", configuration.norm().title(), bearers, Optional.empty(),
        Optional.of(valid.get().to()), Lifecycle.startingOn(valid.get().from(), computed),
        latest.map(g -> List.of(g.event())).orElse(List.of()), computed,
        "a valid " + what + " on every day it is required"));
  }

  /** The days a validity is required up to the day of evaluation: the candidacy, or the days supervising. */
  private static List<Span> required(RuleContext context, Optional<Period> firstWithin) {
    LocalDate asOf = context.asOf();
    List<Span> spans = new ArrayList<>();
    if (context.student().isPresent()) {
      LocalDate start = context.record().candidacy(context.student().get()).map(c -> c.startDate())
          .orElseGet(() -> context.record().student(context.student().get()).orElseThrow().startDate());
      LocalDate end = context.facts().ended().filter(e -> e.isBefore(asOf)).orElse(asOf);
      spans.add(new Span(start, end));
    } else {
      for (DualTutorAssignment assignment : context.record().assignmentsOfTutor(context.tutor().orElseThrow())) {
        LocalDate end = assignment.endDate().filter(e -> e.isBefore(asOf)).orElse(asOf);
        spans.add(new Span(assignment.startDate(), end));
      }
    }
    List<Span> merged = merged(spans.stream().filter(s -> !s.from().isAfter(s.to())).toList());
    if (merged.isEmpty() || firstWithin.isEmpty()) {
      return merged;
    }
    // The grace period runs from the first day it is required.
    LocalDate from = merged.get(0).from().plus(firstWithin.get());
    List<Span> graced = new ArrayList<>();
    for (Span span : merged) {
      if (!span.to().isBefore(from)) {
        graced.add(new Span(span.from().isBefore(from) ? from : span.from(), span.to()));
      }
    }
    // Before the grace ends, the duty exists but nothing is required yet: keep its first day.
    if (graced.isEmpty() || graced.get(0).from().isAfter(asOf)) {
      return List.of(new Span(from, from));
    }
    return graced;
  }

  private static List<Grant> grants(RuleContext context, EventFilter filter, Optional<Condition> where,
      Optional<Period> validFor, Optional<String> untilField) {
    Map<String, Object> subject = where.isPresent() ? ConditionVariables.of(context.facts()) : Map.of();
    List<Grant> grants = new ArrayList<>();
    for (CultivationEvent event : context.facts().events(filter.type)) {
      if (event.date().isAfter(context.asOf()) || !filter.test(event)) {
        continue;
      }
      if (where.isPresent()) {
        Map<String, Object> variables = new HashMap<>(subject);
        variables.put("event", ConditionVariables.event(event, context.record()));
        if (!where.get().test(variables)) {
          continue;
        }
      }
      Optional<LocalDate> until = untilField.flatMap(field -> event instanceof DeclaredEvent declared
          ? Optional.ofNullable(declared.fields().get(field)).map(LocalDate::parse) : Optional.empty());
      LocalDate last = until.or(() -> validFor.map(period -> event.date().plus(period).minusDays(1)))
          .orElseThrow(() -> new IllegalStateException(event.id() + " carries no " + untilField.orElse("")
              + " and the norm sets no validFor: how long is it valid?"));
      if (!last.isBefore(event.date())) {
        grants.add(new Grant(event.id(), new Span(event.date(), last)));
      }
    }
    return grants;
  }

  /** Spans sorted and joined where they overlap or touch. */
  private static List<Span> merged(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparing(Span::from));
    List<Span> merged = new ArrayList<>();
    for (Span span : sorted) {
      if (!merged.isEmpty() && !span.from().isAfter(merged.get(merged.size() - 1).to().plusDays(1))) {
        Span last = merged.remove(merged.size() - 1);
        merged.add(new Span(last.from(), span.to().isAfter(last.to()) ? span.to() : last.to()));
      } else {
        merged.add(span);
      }
    }
    return merged;
  }
}
