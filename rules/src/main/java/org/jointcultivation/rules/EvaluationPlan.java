package org.jointcultivation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.CooperationForm;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.party.Institution;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.internal.CompiledNorm;
import org.jointcultivation.rules.internal.ConditionVariables;
import org.jointcultivation.rules.internal.Resolver;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.spi.SubjectFacts;
import org.jspecify.annotations.Nullable;

/**
 * The first stage of an evaluation: who is evaluated, the facts about each, the packs in force for
 * each, and the version of every norm that applies to each after conflicts between packs are
 * resolved. Conflicts and resolution failures go straight to the findings.
 */
final class EvaluationPlan {
  /**
   * One subject to evaluate: its shared facts, the packs in force for it on the day of
   * evaluation, and its rules for each span of days over which the packs' versions stay the same
   * (one span, every day, when no pack is dated).
   *
   * @param started whether the subject's duties have begun (a student's programme has started)
   */
  record Planned(SubjectFacts facts, List<PolicyPack> packs, List<Versioned> versions, boolean started) {
    Subject subject() {
      return facts.subject();
    }
  }

  /** The rules that judge a subject's duties arising in {@code span}. */
  record Versioned(PackVersions.Span span, List<Resolver.Effective> rules) {}

  /**
   * What a resolution depends on: the scope, the packs (by coordinates, unique in an engine, and
   * cheap to hash where whole packs are not), the agreement and the student's kind.
   */
  private record ResolutionKey(RuleScope scope, List<String> packs, Optional<AgreementId> agreement,
      Optional<List<Object>> studentKind, List<Boolean> conditions) {}

  /** A resolution, or the failure met while resolving: each subject that needs it reports the failure. */
  private record Attempt(Resolver.Resolution resolution, Optional<RuntimeException> failure) {}

  private final List<Planned> students = new ArrayList<>();
  private final List<Planned> tutors = new ArrayList<>();
  private final List<Planned> agreements = new ArrayList<>();
  private final List<Planned> institutions = new ArrayList<>();
  private final Map<ResolutionKey, Attempt> resolutions = new HashMap<>();
  private final CompiledRegulations regulations;
  private final LocalDate asOf;

  private EvaluationPlan(CompiledRegulations regulations, LocalDate asOf) {
    this.regulations = regulations;
    this.asOf = asOf;
  }

  /** Plans the evaluation of {@code only} the given subjects of {@code record}, or of all of them if null. */
  static EvaluationPlan of(CompiledRegulations regulations, CultivationRecord record, LocalDate asOf,
      Evaluation.@Nullable Subjects only, Findings findings) {
    EvaluationPlan plan = new EvaluationPlan(regulations, asOf);
    List<Student> students = only == null ? List.copyOf(record.students())
        : only.students().stream().map(id -> record.student(id).orElseThrow()).toList();
    List<Tutor> tutors = only == null ? List.copyOf(record.tutors())
        : only.tutors().stream().map(id -> record.tutor(id).orElseThrow()).toList();
    List<CooperationAgreement> agreements = only == null ? List.copyOf(record.agreements())
        : only.agreements().stream().map(id -> record.agreement(id).orElseThrow()).toList();
    List<Institution> institutions = !regulations.evaluatesInstitutions() ? List.of()
        : only == null ? List.copyOf(record.institutions())
            : only.institutions().stream().map(id -> record.institution(id).orElseThrow()).toList();
    for (Student student : students) {
      SubjectFacts facts = SubjectFacts.of(record, asOf, Subject.of(student.id()));
      Optional<CooperationAgreement> agreement = facts.agreement();
      List<PolicyPack> packs = regulations.packsFor(facts.institutions(), agreement.map(CooperationAgreement::id));
      boolean started = !student.startDate().isAfter(asOf);
      List<Versioned> versions = List.of();
      if (started) {
        Set<ConflictResolution> conflicts = new java.util.LinkedHashSet<>();
        versions = plan.versions(packs, RuleScope.STUDENT, agreement, student, facts, findings, conflicts);
        conflicts.forEach(c -> findings.addConflict(new ResolvedConflict(student.id(), c)));
      }
      plan.students.add(new Planned(facts, plan.inForce(packs), versions, started));
    }
    for (Tutor tutor : tutors) {
      SubjectFacts facts = SubjectFacts.of(record, asOf, Subject.of(tutor.id()));
      List<PolicyPack> packs = regulations.packsFor(Set.of(tutor.homeInstitution()), Optional.empty());
      plan.tutors.add(new Planned(facts, plan.inForce(packs),
          plan.versions(packs, RuleScope.TUTOR, Optional.empty(), null, facts, findings, new HashSet<>()), true));
    }
    for (CooperationAgreement agreement : agreements) {
      SubjectFacts facts = SubjectFacts.of(record, asOf, Subject.of(agreement.id()));
      List<PolicyPack> packs = regulations.packsFor(agreement.parties(), Optional.of(agreement.id()));
      plan.agreements.add(new Planned(facts, plan.inForce(packs), plan.versions(packs, RuleScope.AGREEMENT,
          Optional.of(agreement), null, facts, findings, new HashSet<>()), true));
    }
    for (Institution institution : institutions) {
      SubjectFacts facts = SubjectFacts.of(record, asOf, Subject.of(institution.id()));
      // A unit (a degree programme) is bound by its own packs and its parent's.
      Set<InstitutionId> own = new java.util.LinkedHashSet<>();
      own.add(institution.id());
      institution.parent().ifPresent(own::add);
      List<PolicyPack> packs = regulations.packsFor(own, Optional.empty());
      plan.institutions.add(new Planned(facts, plan.inForce(packs), plan.versions(packs, RuleScope.INSTITUTION,
          Optional.empty(), null, facts, findings, new HashSet<>()), true));
    }
    return plan;
  }

  /** Of {@code packs}, the versions in force on the day of evaluation: those whose policies propose measures. */
  private List<PolicyPack> inForce(List<PolicyPack> packs) {
    return regulations.versions().dated() ? packs.stream().filter(p -> p.inForceOn(asOf)).toList() : packs;
  }

  /**
   * The subject's rules for each span of days over which the versions of {@code packs} stay the
   * same; the conflicts met go to {@code conflicts}, once each, and a failure to resolve is reported
   * once.
   */
  private List<Versioned> versions(List<PolicyPack> packs, RuleScope scope, Optional<CooperationAgreement> agreement,
      @Nullable Student student, SubjectFacts facts, Findings findings, Set<ConflictResolution> conflicts) {
    PackVersions versions = regulations.versions();
    List<Versioned> spans = new ArrayList<>(versions.spans().size());
    Optional<RuntimeException> failed = Optional.empty();
    for (PackVersions.Span span : versions.spans()) {
      LocalDate day = span.anyDay();
      List<PolicyPack> inForce = span.always() ? packs : packs.stream().filter(p -> p.inForceOn(day)).toList();
      Attempt attempt = resolve(inForce, scope, agreement, student, facts, findings);
      if (failed.isEmpty()) {
        failed = attempt.failure();
      }
      conflicts.addAll(attempt.resolution().conflicts());
      spans.add(new Versioned(span, attempt.resolution().rules()));
    }
    failed.ifPresent(e -> findings.fail("conflict-resolution", facts.subject(), e));
    return spans;
  }

  /** Whether {@code norm}'s condition holds for the subject; a failure is reported for it and counts as not holding. */
  private static boolean holds(CompiledNorm norm, Map<String, Object> variables, Subject subject, Findings findings) {
    try {
      return norm.condition().orElseThrow().test(variables);
    } catch (RuntimeException e) {
      findings.fail(norm.norm().id(), subject, e);
      return false;
    }
  }

  /** The students to evaluate, whether or not their programme has started (measures look at all). */
  List<Planned> students() {
    return students;
  }

  List<Planned> tutors() {
    return tutors;
  }

  List<Planned> agreements() {
    return agreements;
  }

  List<Planned> institutions() {
    return institutions;
  }

  /** The subjects of {@code scope} whose duties have begun. */
  List<Planned> started(RuleScope scope) {
    List<Planned> planned = switch (scope) {
      case STUDENT -> students;
      case TUTOR -> tutors;
      case AGREEMENT -> agreements;
      case INSTITUTION -> institutions;
    };
    return planned.stream().filter(Planned::started).toList();
  }

  /**
   * Resolves the versions of every norm of {@code packs} in {@code scope} that covers the student.
   * Resolutions are shared by subjects alike in what they depend on; the caller reports a failure
   * for each subject that needed the resolution ({@link #versions}), so that an error never names
   * an internal key and a session that evaluates one subject again replaces that subject's error.
   */
  private Attempt resolve(List<PolicyPack> packs, RuleScope scope,
      Optional<CooperationAgreement> agreement, @Nullable Student student, SubjectFacts facts, Findings findings) {
    Subject subject = facts.subject();
    Optional<CooperationForm> form = agreement.map(CooperationAgreement::form);
    // A version whose condition fails (or cannot be evaluated) for this subject is not a candidate.
    List<Boolean> held = new ArrayList<>();
    Map<String, Object> variables = null;
    for (PolicyPack pack : regulations.hasConditions() ? packs : List.<PolicyPack>of()) {
      for (CompiledNorm norm : regulations.norms(pack)) {
        if (norm.rule().scope() == scope && norm.condition().isPresent()) {
          if (variables == null) {
            variables = ConditionVariables.of(facts);
          }
          held.add(holds(norm, variables, subject, findings));
        }
      }
    }
    ResolutionKey key = new ResolutionKey(scope, packs.stream().map(PolicyPack::coordinates).toList(),
        agreement.map(CooperationAgreement::id),
        student == null ? Optional.empty()
            : Optional.of(List.of(student.level(), student.degreeType(), student.studyMode())), held);
    Attempt attempt = resolutions.get(key);
    if (attempt == null) {
      List<CompiledNorm> versions = new ArrayList<>();
      int conditioned = 0;
      for (PolicyPack pack : packs) {
        for (CompiledNorm norm : regulations.norms(pack)) {
          if (norm.rule().scope() != scope) {
            continue;
          }
          boolean holds = norm.condition().isEmpty() || held.get(conditioned++);
          if (holds && (student == null || norm.norm().applicability().covers(student, form))) {
            versions.add(norm);
          }
        }
      }
      try {
        attempt = new Attempt(regulations.resolver().resolve(versions, agreement, asOf), Optional.empty());
      } catch (RuntimeException e) {
        attempt = new Attempt(new Resolver.Resolution(List.of(), List.of()), Optional.of(e));
      }
      resolutions.put(key, attempt);
    }
    return attempt;
  }
}
