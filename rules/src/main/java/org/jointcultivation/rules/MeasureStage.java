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
import java.util.function.Supplier;
import org.jointcultivation.core.agreement.TerminationClause;
import org.jointcultivation.core.event.ExchangeActivityRecorded;
import org.jointcultivation.core.norm.MeasureSubject;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.RewardPolicy;
import org.jointcultivation.core.norm.SanctionPolicy;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.internal.MeasurePolicies;
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
    Map<StudentId, List<Violation>> byStudent = new HashMap<>();
    // Indexed once: filtering every violation for every person would be quadratic in the cohort.
    Map<PersonId, List<Violation>> byBearer = new HashMap<>();
    for (ObligationInstance obligation : all) {
      obligation.breach().ifPresent(breach -> {
        Violation violation = new Violation(obligation, breach.date());
        obligation.student().ifPresent(s -> byStudent.computeIfAbsent(s, k -> new ArrayList<>()).add(violation));
        obligation.bearers().forEach(b -> byBearer.computeIfAbsent(b, k -> new ArrayList<>()).add(violation));
      });
    }
    // Each person's in the assessment's order, as sorting them all at once would give, but cheaper.
    byStudent.values().forEach(list -> list.sort(Assessment.VIOLATION_ORDER));
    byBearer.values().forEach(list -> list.sort(Assessment.VIOLATION_ORDER));
    for (EvaluationPlan.Planned planned : plan.students()) {
      SubjectFacts facts = planned.facts();
      CultivationRecord record = facts.record();
      StudentId student = ((Subject.Student) planned.subject()).id();
      List<InstitutionId> governing = facts.governingRegulations();
      Optional<TerminationClause> termination = facts.agreement()
          .flatMap(a -> a.clauseOn(facts.asOf(), TerminationClause.class));
      List<Violation> borne = byBearer.getOrDefault(student, List.of());
      for (Map.Entry<PolicyPack, SanctionPolicy> entry
          : sanctionPolicies(planned.packs(), MeasureSubject.STUDENT)) {
        guard(findings, planned.subject(), entry.getValue().id(), () -> MeasurePolicies.sanctions(entry.getKey(),
            entry.getValue(), student, record, facts.asOf(), borne, governing, termination));
      }
      for (PolicyPack pack : planned.packs()) {
        for (RewardPolicy policy : pack.rewardPolicies()) {
          guard(findings, planned.subject(), policy.id(), () -> MeasurePolicies.rewards(pack, policy, record,
              facts.asOf(), byStudent, governing, student));
        }
      }
    }
    for (EvaluationPlan.Planned planned : plan.tutors()) {
      SubjectFacts facts = planned.facts();
      CultivationRecord record = facts.record();
      TutorId id = ((Subject.Tutor) planned.subject()).id();
      Tutor tutor = record.tutor(id).orElseThrow();
      List<Violation> borne = byBearer.getOrDefault(id, List.of());
      for (Map.Entry<PolicyPack, SanctionPolicy> entry
          : sanctionPolicies(planned.packs(), MeasureSubject.TUTOR)) {
        guard(findings, planned.subject(), entry.getValue().id(), () -> MeasurePolicies.sanctions(entry.getKey(),
            entry.getValue(), id, record, facts.asOf(), borne, List.of(tutor.homeInstitution()), Optional.empty()));
      }
      // A teacher's rewards may come from the institutions they worked at, not only their own.
      Set<InstitutionId> hosts = new LinkedHashSet<>();
      facts.events(ExchangeActivityRecorded.class).forEach(exchange -> hosts.add(exchange.host()));
      hosts.add(tutor.homeInstitution());
      for (PolicyPack pack : regulations.packsFor(hosts, Optional.empty())) {
        for (RewardPolicy policy : pack.rewardPolicies()) {
          guard(findings, planned.subject(), policy.id(), () -> MeasurePolicies.teacherRewards(pack, policy, record,
              facts.asOf(), tutor, pack.institution().map(List::of).orElse(List.of(tutor.homeInstitution()))));
        }
      }
    }
  }

  private static void guard(Findings findings, Subject origin, String policyId, Supplier<List<Proposal>> body) {
    try {
      findings.addProposals(origin, body.get());
    } catch (RuntimeException e) {
      findings.fail(policyId, origin, e);
    }
  }

  /** One policy per id, the most specific pack's: agreement first, then institutions, then wider. */
  private static List<Map.Entry<PolicyPack, SanctionPolicy>> sanctionPolicies(List<PolicyPack> packs,
      MeasureSubject subject) {
    Map<String, Map.Entry<PolicyPack, SanctionPolicy>> byId = new LinkedHashMap<>();
    for (PolicyPack pack : ImmutableList.copyOf(packs).reverse()) {
      for (SanctionPolicy policy : pack.sanctionPolicies()) {
        if (policy.subject() == subject) {
          byId.putIfAbsent(policy.id(), Map.entry(pack, policy));
        }
      }
    }
    // A list, not a map by pack: one pack may hold several policies for the same subject.
    return List.copyOf(byId.values());
  }
}
