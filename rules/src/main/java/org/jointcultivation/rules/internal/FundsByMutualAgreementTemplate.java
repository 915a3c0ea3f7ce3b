package org.jointcultivation.rules.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.Money;
import org.jointcultivation.core.agreement.AgreementClause;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.FundingClause;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.FundsAgreed;
import org.jointcultivation.core.event.FundsDisbursed;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.StandardTemplates;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleContext;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.spi.RuleTemplate;

/** See {@link StandardTemplates#FUNDS_BY_MUTUAL_AGREEMENT}. */
final class FundsByMutualAgreementTemplate implements RuleTemplate {
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
