package org.jointcultivation.rules.internal;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.Money;
import org.jointcultivation.core.agreement.AgreementClause;
import org.jointcultivation.core.agreement.AuthorshipClause;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.agreement.FundingClause;
import org.jointcultivation.core.agreement.TutorPosition;
import org.jointcultivation.core.event.Author;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.Decision;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.FundsAgreed;
import org.jointcultivation.core.event.FundsDisbursed;
import org.jointcultivation.core.event.Measure;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.event.PublicationSubmitted;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.StandardTemplates;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleContext;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.spi.RuleTemplate;

/** Prohibitions and constraints: authorship, load, suspended admission, and funds. */
final class ConstraintTemplates {
  private ConstraintTemplates() {}

  /** See {@link StandardTemplates#CORRESPONDING_AUTHOR}. */
  static final class CorrespondingAuthor implements RuleTemplate {
    @Override
    public String name() {
      return StandardTemplates.CORRESPONDING_AUTHOR;
    }

    @Override
    public java.util.List<org.jointcultivation.rules.spi.ParameterDeclaration> parameters() {
      return StandardParameters.correspondingAuthor();
    }

    @Override
    public Rule create(ConfiguredRule configuration) {
      List<TutorPosition> configured = configuration.enumList("positions", TutorPosition.class);
      return new SimpleRule(configuration.ruleId(), RuleScope.STUDENT, context -> {
        CultivationRecord record = context.record();
        StudentId student = context.student().orElseThrow();
        List<ObligationInstance> instances = new ArrayList<>();
        for (PublicationSubmitted publication : record.eventsOf(student, PublicationSubmitted.class)) {
          if (publication.date().isAfter(context.asOf()) || !publication.student().equals(student)) {
            continue;
          }
          Optional<DualTutorAssignment> team = record.assignmentOn(student, publication.date());
          Set<TutorPosition> positions;
          String source;
          if (!configured.isEmpty()) {
            positions = Set.copyOf(configured);
            source = "";
          } else {
            Optional<AuthorshipClause> clause = team.flatMap(t -> record.agreement(t.agreement()))
                .flatMap(a -> a.clauseOn(publication.date(), AuthorshipClause.class));
            if (clause.isEmpty()) {
              continue;
            }
            positions = clause.get().correspondingAuthorPositions();
            source = " (agreement clause " + clause.get().reference() + ")";
          }
          Set<TutorId> allowed = team.map(t -> t.team().stream()
                  .filter(tutor -> t.positionOf(tutor).map(positions::contains).orElse(false))
                  .collect(ImmutableSet.toImmutableSet()))
              .orElse(ImmutableSet.of());
          List<Author> offending = publication.correspondingAuthors().stream()
              .filter(author -> author.person().map(p -> !allowed.contains(p)).orElse(true))
              .toList();
          Lifecycle lifecycle = Lifecycle.startingOn(publication.date(), "submitted " + publication.id());
          if (offending.isEmpty()) {
            lifecycle.to(publication.date(), ObligationState.FULFILLED, "corresponding author is a tutor");
          } else {
            lifecycle.to(publication.date(), ObligationState.VIOLATED, "corresponding author is not an allowed tutor");
          }
          String who = publication.correspondingAuthors().stream()
              .map(a -> a.name() + a.person().map(p -> " (" + p + ")").orElse(""))
              .reduce((a, b) -> a + ", " + b).orElse("");
          instances.add(Outcomes.instance(context, publication.id().value(), configuration.norm().title(),
              team.map(t -> Set.<PersonId>copyOf(t.team())).orElse(Set.of()), Optional.empty(),
              Optional.of(publication.date()), lifecycle, List.of(publication.id()),
              "corresponding author of " + publication.id() + " \"" + publication.title() + "\" is " + who,
              "a tutor in position " + positions + " " + allowed + source));
        }
        return instances;
      });
    }
  }

  /** See {@link StandardTemplates#LOAD_CAP}. */
  static final class LoadCap implements RuleTemplate {
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
      return new SimpleRule(configuration.ruleId(), RuleScope.TUTOR, context -> {
        TutorId tutor = context.tutor().orElseThrow();
        List<DualTutorAssignment> held = context.record().assignmentsOfTutor(tutor).stream()
            .filter(a -> holds(a, tutor, position) && !a.startDate().isAfter(context.asOf()))
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
            "≤ " + maximum + " active students as " + position + " tutor"));
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

  /** See {@link StandardTemplates#NO_NEW_STUDENTS_WHILE_SUSPENDED}. */
  static final class NoNewStudentsWhileSuspended implements RuleTemplate {
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

  /** See {@link StandardTemplates#FUNDS_BY_MUTUAL_AGREEMENT}. */
  static final class FundsByMutualAgreement implements RuleTemplate {
    @Override
    public String name() {
      return StandardTemplates.FUNDS_BY_MUTUAL_AGREEMENT;
    }

    @Override
    public java.util.List<org.jointcultivation.rules.spi.ParameterDeclaration> parameters() {
      return StandardParameters.fundsByMutualAgreement();
    }

    @Override
    public Strictness strictness(String parameter) {
      return parameter.equals("agreeWithin") ? Strictness.LOWER : Strictness.NEITHER;
    }

    @Override
    public Rule create(ConfiguredRule configuration) {
      Period agreeWithin = configuration.requiredPeriod("agreeWithin");
      return new SimpleRule(configuration.ruleId(), RuleScope.AGREEMENT, context -> {
        CultivationRecord record = context.record();
        CooperationAgreement agreement = record.agreement(context.agreement().orElseThrow()).orElseThrow();
        LocalDate start = agreement.startDate();
        if (start.isAfter(context.asOf())) {
          return List.of();
        }
        List<ObligationInstance> instances = new ArrayList<>();
        for (AgreementClause clause : agreement.clausesOn(start)) {
          if (!(clause instanceof FundingClause funding) || !funding.byMutualAgreement()) {
            continue;
          }
          List<CultivationEvent> events = record.eventsOf(agreement.id()).stream()
              .filter(e -> !e.date().isAfter(context.asOf())).toList();
          List<FundsAgreed> agreed = events.stream().filter(FundsAgreed.class::isInstance)
              .map(FundsAgreed.class::cast).filter(f -> f.clause().equals(funding.reference())).toList();
          instances.add(agreedInTime(context, funding, agreed, start.plus(agreeWithin), start));
          instances.add(notOverspent(context, funding, agreed, events));
        }
        return instances;
      });
    }

    private ObligationInstance agreedInTime(RuleContext context, FundingClause funding,
        List<FundsAgreed> agreed, LocalDate due, LocalDate start) {
      Lifecycle lifecycle = Lifecycle.startingOn(start, "agreement started " + start);
      Optional<FundsAgreed> first = agreed.stream().findFirst();
      if (first.isPresent() && first.get().date().isAfter(due)) {
        lifecycle.to(due.plusDays(1), ObligationState.OVERDUE, "no amount agreed by " + due);
      } else if (first.isEmpty() && context.asOf().isAfter(due)) {
        lifecycle.to(due.plusDays(1), ObligationState.OVERDUE, "no amount agreed by " + due);
      }
      first.ifPresent(f -> lifecycle.to(f.date(), ObligationState.FULFILLED, "agreed " + f.amount() + " in " + f.id()));
      return Outcomes.instance(context, "agree/" + funding.reference(), "agree the amount of " + funding.reference(),
          Set.of(), Optional.empty(), Optional.of(due), lifecycle,
          agreed.stream().map(FundsAgreed::id).toList(),
          first.map(f -> f.amount() + " agreed on " + f.date()).orElse("no amount agreed"),
          "an amount agreed for clause " + funding.reference() + " by " + due);
    }

    private ObligationInstance notOverspent(RuleContext context, FundingClause funding,
        List<FundsAgreed> agreed, List<CultivationEvent> events) {
      LocalDate start = context.record().agreement(context.agreement().orElseThrow()).orElseThrow().startDate();
      Lifecycle lifecycle = Lifecycle.startingOn(start, "agreement started " + start);
      Optional<Money> ceiling = Optional.empty();
      Optional<Money> paid = Optional.empty();
      List<EventId> counted = new ArrayList<>();
      for (CultivationEvent event : events) {
        if (event instanceof FundsAgreed agreement && agreed.contains(agreement)) {
          ceiling = Optional.of(ceiling.map(c -> c.plus(agreement.amount())).orElse(agreement.amount()));
          counted.add(event.id());
        } else if (event instanceof FundsDisbursed disbursed && funding.funders().contains(disbursed.funder())) {
          paid = Optional.of(paid.map(p -> p.plus(disbursed.amount())).orElse(disbursed.amount()));
          counted.add(event.id());
          BigDecimal limit = ceiling.map(Money::amount).orElse(BigDecimal.ZERO);
          if (paid.get().amount().compareTo(limit) > 0) {
            lifecycle.to(event.date(), ObligationState.VIOLATED,
                "disbursed " + paid.get() + " against " + ceiling.map(Money::toString).orElse("nothing") + " agreed");
          }
        }
      }
      return Outcomes.instance(context, "ceiling/" + funding.reference(),
          "disburse no more than agreed under " + funding.reference(), Set.of(), Optional.empty(),
          Optional.empty(), lifecycle, counted,
          paid.map(Money::toString).orElse("nothing") + " disbursed",
          "≤ " + ceiling.map(Money::toString).orElse("the amount agreed") + " agreed");
    }
  }
}
