package org.jointcultivation.rules;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.event.ExchangeActivityRecorded;
import org.jointcultivation.core.norm.MeasureSubject;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.SanctionPolicy;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.rules.spi.MeasureContext;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.spi.SubjectFacts;

/**
 * The third stage of an evaluation: proposes rewards and sanctions for every planned student and
 * tutor from the violations found and their history. A policy that fails leaves one error for
 * itself and that subject.
 */
final class MeasureStage {
  private MeasureStage() {}

  /**
   * Proposes measures; {@code obligationsOfOthers} are the findings of subjects outside the plan
   * that sanction ladders need (those of every student of a planned tutor, whose violations the
   * tutor may bear).
   */
  static void run(CompiledRegulations regulations, EvaluationPlan plan, Findings findings,
      List<ObligationInstance> obligationsOfOthers) {
    if (!regulations.proposesMeasures()) {
      return; // nothing to propose, and indexing every violation is not free
    }
    List<ObligationInstance> all = new ArrayList<>(findings.obligations());
    all.addAll(obligationsOfOthers);
    // Indexed once: filtering every violation for every subject would be quadratic in the cohort.
    Map<Subject, List<Violation>> aboutSubject = new HashMap<>();
    Map<PersonId, List<Violation>> byBearer = new HashMap<>();
    for (ObligationInstance obligation : all) {
      obligation.breach().ifPresent(breach -> {
        Violation violation = new Violation(obligation, breach.date());
        aboutSubject.computeIfAbsent(obligation.subject(), k -> new ArrayList<>()).add(violation);
        obligation.bearers().forEach(b -> byBearer.computeIfAbsent(b, k -> new ArrayList<>()).add(violation));
      });
    }
    // Each subject's in the assessment's order, as sorting them all at once would give, but cheaper.
    aboutSubject.values().forEach(list -> list.sort(Assessment.VIOLATION_ORDER));
    byBearer.values().forEach(list -> list.sort(Assessment.VIOLATION_ORDER));
    for (EvaluationPlan.Planned planned : plan.students()) {
      StudentId student = ((Subject.Student) planned.subject()).id();
      List<Violation> borne = byBearer.getOrDefault(student, List.of());
      List<Violation> about = aboutSubject.getOrDefault(planned.subject(), List.of());
      for (CompiledMeasure sanction : sanctionPolicies(regulations, planned.packs(), MeasureSubject.STUDENT)) {
        propose(regulations, findings, planned, sanction, borne, about);
      }
      for (PolicyPack pack : planned.packs()) {
        for (CompiledMeasure reward : rewardPolicies(regulations, pack, RuleScope.STUDENT)) {
          propose(regulations, findings, planned, reward, borne, about);
        }
      }
    }
    for (EvaluationPlan.Planned planned : plan.tutors()) {
      SubjectFacts facts = planned.facts();
      TutorId id = ((Subject.Tutor) planned.subject()).id();
      List<Violation> borne = byBearer.getOrDefault(id, List.of());
      for (CompiledMeasure sanction : sanctionPolicies(regulations, planned.packs(), MeasureSubject.TUTOR)) {
        propose(regulations, findings, planned, sanction, borne, List.of());
      }
      // A teacher's rewards may come from the institutions they worked at, not only their own.
      Set<InstitutionId> hosts = new LinkedHashSet<>(facts.institutions());
      facts.events(ExchangeActivityRecorded.class).forEach(exchange -> hosts.add(exchange.host()));
      for (PolicyPack pack : regulations.packsFor(hosts, Optional.empty())) {
        for (CompiledMeasure reward : rewardPolicies(regulations, pack, RuleScope.TUTOR)) {
          propose(regulations, findings, planned, reward, borne, List.of());
        }
      }
    }
    for (EvaluationPlan.Planned planned : plan.institutions()) {
      List<Violation> about = aboutSubject.getOrDefault(planned.subject(), List.of());
      for (CompiledMeasure sanction : sanctionPolicies(regulations, planned.packs(), MeasureSubject.INSTITUTION)) {
        propose(regulations, findings, planned, sanction, List.of(), about);
      }
      for (PolicyPack pack : planned.packs()) {
        for (CompiledMeasure reward : rewardPolicies(regulations, pack, RuleScope.INSTITUTION)) {
          propose(regulations, findings, planned, reward, List.of(), about);
        }
      }
    }
  }

  /**
   * Runs one compiled policy for one subject and keeps its proposals, or, if it fails in any way,
   * one error for the policy and subject. A third party's criterion runs within the time budget.
   */
  private static void propose(CompiledRegulations regulations, Findings findings, EvaluationPlan.Planned planned,
      CompiledMeasure measure, List<Violation> borne, List<Violation> about) {
    MeasureContext context = MeasureContext.of(planned.facts(), measure.configuration(), borne, about);
    String policyId = measure.configuration().policyId();
    try {
      List<Proposal> made = measure.standard() ? measure.rule().propose(context)
          : regulations.pluginGuard().call(() -> measure.rule().propose(context),
              "criterion " + measure.criterion().name() + " of policy " + policyId, planned.subject().toString());
      // Not made.contains(null): immutable lists throw on it.
      if (made == null || made.stream().anyMatch(java.util.Objects::isNull)) {
        throw new IllegalStateException("criterion " + measure.criterion().name() + " returned null");
      }
      findings.addProposals(planned.subject(), made);
    } catch (Throwable e) {
      if (e instanceof VirtualMachineError fatal && !(e instanceof StackOverflowError)) {
        throw fatal; // out of memory: the JVM itself is in doubt, not one policy
      }
      findings.fail(policyId, planned.subject(), e);
    }
  }

  /** The reward policies of {@code pack} whose criterion runs for subjects of {@code scope}. */
  private static List<CompiledMeasure> rewardPolicies(CompiledRegulations regulations, PolicyPack pack,
      RuleScope scope) {
    return regulations.measures(pack).stream()
        .filter(m -> m.configuration().reward().isPresent() && m.criterion().scopes().contains(scope)).toList();
  }

  /** One policy per id, the most specific pack's: agreement first, then institutions, then wider. */
  private static List<CompiledMeasure> sanctionPolicies(CompiledRegulations regulations, List<PolicyPack> packs,
      MeasureSubject subject) {
    Map<String, CompiledMeasure> byId = new LinkedHashMap<>();
    for (PolicyPack pack : ImmutableList.copyOf(packs).reverse()) {
      for (CompiledMeasure measure : regulations.measures(pack)) {
        Optional<SanctionPolicy> policy = measure.configuration().sanction();
        if (policy.isPresent() && policy.get().subject() == subject) {
          byId.putIfAbsent(policy.get().id(), measure);
        }
      }
    }
    // A list, not a map by pack: one pack may hold several policies for the same subject.
    return List.copyOf(byId.values());
  }
}
