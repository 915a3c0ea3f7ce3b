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
import org.jspecify.annotations.Nullable;

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
    List<EvaluationPlan.Planned> subjects = new ArrayList<>(plan.students());
    subjects.addAll(plan.tutors());
    subjects.addAll(plan.institutions());
    java.util.function.Function<EvaluationPlan.Planned, List<Proposed>> proposeFor =
        planned -> proposals(regulations, planned, aboutSubject, byBearer);
    // As in the rule stage: subjects on every core for a large record, kept in plan order.
    List<List<Proposed>> proposed = regulations.parallelFor(subjects.size())
        ? subjects.parallelStream().map(proposeFor).toList()
        : subjects.stream().map(proposeFor).toList();
    for (List<Proposed> ofSubject : proposed) {
      for (Proposed one : ofSubject) {
        if (one.failure() != null) {
          findings.fail(one.policyId(), one.subject(), one.failure());
        } else {
          findings.addProposals(one.subject(), one.made());
        }
      }
    }
  }

  /** What one policy proposed for one subject, or how it failed. */
  private record Proposed(Subject subject, String policyId, List<Proposal> made, @Nullable Throwable failure) {}

  /** Every policy that applies to one subject, run; touches nothing shared. */
  private static List<Proposed> proposals(CompiledRegulations regulations, EvaluationPlan.Planned planned,
      Map<Subject, List<Violation>> aboutSubject, Map<PersonId, List<Violation>> byBearer) {
    List<Proposed> proposed = new ArrayList<>();
    Subject subject = planned.subject();
    if (subject instanceof Subject.Student s) {
      List<Violation> borne = byBearer.getOrDefault(s.id(), List.of());
      List<Violation> about = aboutSubject.getOrDefault(subject, List.of());
      for (CompiledMeasure sanction : sanctionPolicies(regulations, planned.packs(), MeasureSubject.STUDENT)) {
        proposed.add(propose(regulations, planned, sanction, borne, about));
      }
      for (PolicyPack pack : planned.packs()) {
        for (CompiledMeasure reward : rewardPolicies(regulations, pack, RuleScope.STUDENT)) {
          proposed.add(propose(regulations, planned, reward, borne, about));
        }
      }
    } else if (subject instanceof Subject.Tutor t) {
      SubjectFacts facts = planned.facts();
      List<Violation> borne = byBearer.getOrDefault(t.id(), List.of());
      for (CompiledMeasure sanction : sanctionPolicies(regulations, planned.packs(), MeasureSubject.TUTOR)) {
        proposed.add(propose(regulations, planned, sanction, borne, List.of()));
      }
      // A teacher's rewards may come from the institutions they worked at, not only their own.
      Set<InstitutionId> hosts = new LinkedHashSet<>(facts.institutions());
      facts.events(ExchangeActivityRecorded.class).forEach(exchange -> hosts.add(exchange.host()));
      for (PolicyPack pack : regulations.packsFor(hosts, Optional.empty(), facts.asOf())) {
        for (CompiledMeasure reward : rewardPolicies(regulations, pack, RuleScope.TUTOR)) {
          proposed.add(propose(regulations, planned, reward, borne, List.of()));
        }
      }
    } else {
      List<Violation> about = aboutSubject.getOrDefault(subject, List.of());
      for (CompiledMeasure sanction : sanctionPolicies(regulations, planned.packs(), MeasureSubject.INSTITUTION)) {
        proposed.add(propose(regulations, planned, sanction, List.of(), about));
      }
      for (PolicyPack pack : planned.packs()) {
        for (CompiledMeasure reward : rewardPolicies(regulations, pack, RuleScope.INSTITUTION)) {
          proposed.add(propose(regulations, planned, reward, List.of(), about));
        }
      }
    }
    return proposed;
  }

  /**
   * Runs one compiled policy for one subject: its proposals, or, if it fails in any way, the
   * failure, which becomes one error for the policy and subject. A third party's criterion runs
   * within the time budget.
   */
  private static Proposed propose(CompiledRegulations regulations, EvaluationPlan.Planned planned,
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
      return new Proposed(planned.subject(), policyId, made, null);
    } catch (Throwable e) {
      if (e instanceof VirtualMachineError fatal && !(e instanceof StackOverflowError)) {
        throw fatal; // out of memory: the JVM itself is in doubt, not one policy
      }
      return new Proposed(planned.subject(), policyId, List.of(), e);
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
