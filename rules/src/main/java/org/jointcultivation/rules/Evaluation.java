package org.jointcultivation.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.Candidacy;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.GoverningRegulationsClause;
import org.jointcultivation.core.agreement.TerminationClause;
import org.jointcultivation.core.event.ExchangeActivityRecorded;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.MeasureSubject;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.NormKind;
import org.jointcultivation.core.norm.NormSource;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.RewardPolicy;
import org.jointcultivation.core.norm.SanctionPolicy;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.internal.CompiledNorm;
import org.jointcultivation.rules.internal.MeasurePolicies;
import org.jointcultivation.rules.internal.Resolver;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleContext;
import org.jointcultivation.rules.spi.RuleScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One evaluation of one record on one day; all state is local, so evaluations never interfere. */
final class Evaluation {
  private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);

  private final RuleEngine engine;
  private final CultivationRecord record;
  private final LocalDate asOf;
  private final List<ObligationInstance> obligations = new ArrayList<>();
  private final List<RuleError> errors = new ArrayList<>();
  private final List<ResolvedConflict> conflicts = new ArrayList<>();
  private final Set<String> loggedFailures = new HashSet<>();
  private final Map<ResolutionKey, Attempt> resolutions = new HashMap<>();
  /**
   * The ids of third parties' obligations found so far. Ids are unique across an assessment: each
   * rule keeps to its own space {@code <rule>/<subject>/}, and this set also catches the one
   * ambiguity left, subject ids that themselves contain {@code /}.
   */
  private final Set<String> pluginObligationIds = new HashSet<>();

  /**
   * What a resolution depends on: the scope, the packs (by coordinates, unique in an engine, and
   * cheap to hash where whole packs are not), the agreement and the student's kind.
   */
  private record ResolutionKey(RuleScope scope, List<String> packs, Optional<AgreementId> agreement,
      Optional<List<Object>> studentKind) {}

  /** A resolution, or the failure met while resolving: each subject that needs it reports the failure. */
  private record Attempt(Resolver.Resolution resolution, Optional<RuntimeException> failure) {}
  /**
   * The proposals by the person whose evaluation made them: a trainee's reward may go to their
   * tutors, so a proposal's subject is not always its origin.
   */
  private final Map<PersonId, List<Proposal>> proposalsByOrigin = new LinkedHashMap<>();

  /** The subjects to evaluate, or {@code null} for every subject of the record. */
  private final @org.jspecify.annotations.Nullable Subjects only;

  /**
   * Some subjects of a record, and the obligations of other subjects that sanction ladders need:
   * those of every student of a tutor in the subset, whose violations the tutor may bear.
   */
  record Subjects(Set<StudentId> students, Set<TutorId> tutors, Set<AgreementId> agreements,
      List<ObligationInstance> obligationsOfOthers) {}

  /** What evaluating some subjects found. */
  record Findings(List<ObligationInstance> obligations, Map<PersonId, List<Proposal>> proposalsByOrigin,
      List<RuleError> errors, List<ResolvedConflict> conflicts) {

    /** Every proposal, of whichever origin. */
    List<Proposal> proposals() {
      List<Proposal> all = new ArrayList<>();
      proposalsByOrigin.values().forEach(all::addAll);
      return all;
    }

    /** The assessment of {@code record} these findings make. */
    Assessment toAssessment(CultivationRecord record, LocalDate asOf) {
      return new Assessment(record, asOf, obligations, proposals(), errors, conflicts);
    }
  }

  Evaluation(RuleEngine engine, CultivationRecord record, LocalDate asOf) {
    this(engine, record, asOf, null);
  }

  Evaluation(RuleEngine engine, CultivationRecord record, LocalDate asOf,
      @org.jspecify.annotations.Nullable Subjects only) {
    this.engine = engine;
    this.record = record;
    this.asOf = asOf;
    this.only = only;
  }

  Assessment run() {
    return findings().toAssessment(record, asOf);
  }

  private List<Student> students() {
    Subjects subset = only;
    if (subset == null) {
      return List.copyOf(record.students());
    }
    return subset.students().stream().map(id -> record.student(id).orElseThrow()).toList();
  }

  private List<Tutor> tutors() {
    Subjects subset = only;
    if (subset == null) {
      return List.copyOf(record.tutors());
    }
    return subset.tutors().stream().map(id -> record.tutor(id).orElseThrow()).toList();
  }

  private List<CooperationAgreement> agreements() {
    Subjects subset = only;
    if (subset == null) {
      return List.copyOf(record.agreements());
    }
    return subset.agreements().stream().map(id -> record.agreement(id).orElseThrow()).toList();
  }

  Findings findings() {
    for (Student student : students()) {
      if (!student.startDate().isAfter(asOf)) {
        evaluateStudent(student);
      }
    }
    for (Tutor tutor : tutors()) {
      List<PolicyPack> packs = packsFor(Set.of(tutor.homeInstitution()), Optional.empty());
      for (Resolver.Effective effective : resolve(packs, RuleScope.TUTOR, Optional.empty(), null, tutor.id().value())
          .rules()) {
        run(effective.rule(), RuleContext.forTutor(record, asOf, effective.configuration(), tutor.id()));
      }
    }
    for (CooperationAgreement agreement : agreements()) {
      List<PolicyPack> packs = packsFor(agreement.parties(), Optional.of(agreement.id()));
      for (Resolver.Effective effective : resolve(packs, RuleScope.AGREEMENT, Optional.of(agreement), null,
          agreement.id().value()).rules()) {
        run(effective.rule(), RuleContext.forAgreement(record, asOf, effective.configuration(), agreement.id()));
      }
    }
    runPluginRules();
    proposeMeasures();
    return new Findings(obligations, proposalsByOrigin, errors, conflicts);
  }

  private void evaluateStudent(Student student) {
    Optional<CooperationAgreement> agreement = agreementOf(student.id());
    List<PolicyPack> packs = packsFor(institutionsOf(student.id(), agreement), agreement.map(CooperationAgreement::id));
    Resolver.Resolution resolution = resolve(packs, RuleScope.STUDENT, agreement, student, student.id().value());
    resolution.conflicts().forEach(c -> conflicts.add(new ResolvedConflict(student.id(), c)));
    for (Resolver.Effective effective : resolution.rules()) {
      run(effective.rule(), RuleContext.forStudent(record, asOf, effective.configuration(), student.id()));
    }
  }

  /**
   * Resolves the versions of every norm of {@code packs} in {@code scope} that covers the student.
   * Resolutions are shared by subjects alike in what they depend on; a failure is reported for
   * each subject that needed the resolution, as {@code subject}, so that an error never names an
   * internal key and a session that evaluates one subject again replaces that subject's error.
   */
  private Resolver.Resolution resolve(List<PolicyPack> packs, RuleScope scope,
      Optional<CooperationAgreement> agreement, @org.jspecify.annotations.Nullable Student student, String subject) {
    Optional<org.jointcultivation.core.agreement.CooperationForm> form = agreement.map(CooperationAgreement::form);
    ResolutionKey key = new ResolutionKey(scope, packs.stream().map(PolicyPack::coordinates).toList(),
        agreement.map(CooperationAgreement::id),
        student == null ? Optional.empty()
            : Optional.of(List.of(student.level(), student.degreeType(), student.studyMode())));
    Attempt attempt = resolutions.get(key);
    if (attempt == null) {
      List<CompiledNorm> versions = new ArrayList<>();
      for (PolicyPack pack : packs) {
        for (CompiledNorm norm : engine.compiled(pack)) {
          if (norm.rule().scope() == scope && (student == null || covers(norm.norm(), student, form))) {
            versions.add(norm);
          }
        }
      }
      try {
        attempt = new Attempt(engine.resolver().resolve(versions, agreement, asOf), Optional.empty());
      } catch (RuntimeException e) {
        attempt = new Attempt(new Resolver.Resolution(List.of(), List.of()), Optional.of(e));
      }
      resolutions.put(key, attempt);
    }
    attempt.failure().ifPresent(e -> fail("conflict-resolution", subject, e));
    return attempt.resolution();
  }

  private static boolean covers(Norm norm, Student student,
      Optional<org.jointcultivation.core.agreement.CooperationForm> form) {
    var applicability = norm.applicability();
    if (form.isPresent()) {
      return applicability.covers(student, form.get());
    }
    return applicability.forms().isEmpty()
        && (applicability.levels().isEmpty() || applicability.levels().contains(student.level()))
        && (applicability.degreeTypes().isEmpty() || applicability.degreeTypes().contains(student.degreeType()))
        && (applicability.studyModes().isEmpty() || applicability.studyModes().contains(student.studyMode()));
  }

  /**
   * Runs one rule for one subject and keeps its findings, or, if it fails in any way, one error
   * for that rule and subject and none of its findings: it throws (an error too), returns null, a
   * null obligation, an obligation about another subject, an id outside its own space
   * ({@code <rule>/<subject>/...}) or an id already found. A third party's rule runs within the
   * engine's time budget.
   */
  private void run(Rule rule, RuleContext context) {
    boolean standard = engine.isStandardTemplate(context.configuration().norm().template());
    List<ObligationInstance> found;
    try {
      found = standard ? rule.evaluate(context) : engine.pluginGuard().evaluate(rule, context);
    } catch (Throwable e) {
      if (e instanceof VirtualMachineError fatal && !(e instanceof StackOverflowError)) {
        throw fatal; // out of memory: the JVM itself is in doubt, not one rule
      }
      fail(rule.id(), context.subject(), e);
      return;
    }
    // The library's own templates keep the contract by construction (ids from obligationId, the
    // context's subject); checking them would only cost time on the hot path.
    String broken = standard ? null : broken(found, context);
    if (broken != null) {
      fail(rule.id(), context.subject(), new IllegalStateException("rule " + rule.id() + " broke the Rule contract: "
          + broken));
      return;
    }
    obligations.addAll(found);
    if (!standard) {
      found.forEach(o -> pluginObligationIds.add(o.id()));
    }
  }

  /** What is wrong with a rule's findings, or null if nothing is. */
  private @org.jspecify.annotations.Nullable String broken(
      @org.jspecify.annotations.Nullable List<ObligationInstance> found, RuleContext context) {
    if (found == null) {
      return "it returned null instead of a list";
    }
    String space = context.configuration().ruleId() + "/" + context.subject() + "/";
    Set<String> ids = new HashSet<>();
    for (ObligationInstance obligation : found) {
      if (obligation == null) {
        return "it returned a list holding null";
      }
      if (!obligation.student().equals(context.student()) || !obligation.tutor().equals(context.tutor())
          || !obligation.agreement().equals(context.agreement())) {
        return "obligation " + obligation.id() + " is about another subject than " + context.subject();
      }
      if (!obligation.id().startsWith(space)) {
        return "obligation id '" + obligation.id() + "' does not start with '" + space + "'";
      }
      if (!ids.add(obligation.id()) || pluginObligationIds.contains(obligation.id())) {
        return "obligation id '" + obligation.id() + "' is used twice";
      }
    }
    return null;
  }

  private void fail(String ruleId, String subject, Throwable e) {
    errors.add(new RuleError(ruleId, subject, e.getClass().getName(), String.valueOf(e.getMessage())));
    if (loggedFailures.add(ruleId)) {
      LOG.warn("Rule {} failed for {}; its findings are missing from the assessment, the rest is complete",
          ruleId, subject, e);
    }
  }

  private void runPluginRules() {
    for (RuleEngine.PluginRule plugin : engine.pluginRules()) {
      Rule rule = plugin.rule();
      ConfiguredRule configuration = pluginConfiguration(rule, plugin.provider());
      switch (rule.scope()) {
        case STUDENT -> students().stream().filter(s -> !s.startDate().isAfter(asOf)).forEach(
            s -> run(rule, RuleContext.forStudent(record, asOf, configuration, s.id())));
        case TUTOR -> tutors().forEach(
            t -> run(rule, RuleContext.forTutor(record, asOf, configuration, t.id())));
        case AGREEMENT -> agreements().forEach(
            a -> run(rule, RuleContext.forAgreement(record, asOf, configuration, a.id())));
      }
    }
  }

  /**
   * The configuration a plugin rule runs under, of its own scope: it is borne by the student, the
   * tutor, or the agreement's parties (the host institution), as the rule's scope says.
   */
  static ConfiguredRule pluginConfiguration(Rule rule, String provider) {
    BearerRole bearer = switch (rule.scope()) {
      case STUDENT -> BearerRole.STUDENT;
      case TUTOR -> BearerRole.TUTOR;
      case AGREEMENT -> BearerRole.HOST_INSTITUTION;
    };
    Norm norm = Norm.builder().id(rule.id()).kind(NormKind.OBLIGATION).template(provider)
        .title("plugin rule " + rule.id() + " (" + rule.scope().name().toLowerCase(java.util.Locale.ROOT) + ")")
        .source(NormSource.builder().authority(provider.substring(provider.lastIndexOf('.') + 1))
            .level(AuthorityLevel.INSTITUTION).document("plugin rule").version("1").clause(rule.id()).build())
        .addBearer(bearer).parameters(Map.of()).build();
    return ConfiguredRule.of(norm, provider, AuthorityLevel.INSTITUTION);
  }

  private void proposeMeasures() {
    if (engine.packs().stream().allMatch(p -> p.sanctionPolicies().isEmpty() && p.rewardPolicies().isEmpty())) {
      return; // nothing to propose, and indexing every violation is not free
    }
    Subjects subset = only;
    List<ObligationInstance> all = new ArrayList<>(obligations);
    if (subset != null) {
      all.addAll(subset.obligationsOfOthers());
    }
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
    for (Student student : students()) {
      Optional<CooperationAgreement> agreement = agreementOf(student.id());
      List<PolicyPack> packs = packsFor(institutionsOf(student.id(), agreement), agreement.map(CooperationAgreement::id));
      List<InstitutionId> governing = governing(student.id(), agreement);
      Optional<TerminationClause> termination = agreement.flatMap(a -> a.clauseOn(asOf, TerminationClause.class));
      List<Violation> borne = byBearer.getOrDefault(student.id(), List.of());
      for (Map.Entry<PolicyPack, SanctionPolicy> entry : sanctionPolicies(packs, MeasureSubject.STUDENT).entrySet()) {
        guard(student.id(), entry.getValue().id(), () -> MeasurePolicies.sanctions(entry.getKey(),
            entry.getValue(), student.id(), record, asOf, borne, governing, termination));
      }
      for (PolicyPack pack : packs) {
        for (RewardPolicy policy : pack.rewardPolicies()) {
          guard(student.id(), policy.id(), () -> MeasurePolicies.rewards(pack, policy, record, asOf,
              byStudent, governing, student.id()));
        }
      }
    }
    for (Tutor tutor : tutors()) {
      List<PolicyPack> packs = packsFor(Set.of(tutor.homeInstitution()), Optional.empty());
      List<Violation> borne = byBearer.getOrDefault(tutor.id(), List.of());
      for (Map.Entry<PolicyPack, SanctionPolicy> entry : sanctionPolicies(packs, MeasureSubject.TUTOR).entrySet()) {
        guard(tutor.id(), entry.getValue().id(), () -> MeasurePolicies.sanctions(entry.getKey(),
            entry.getValue(), tutor.id(), record, asOf, borne, List.of(tutor.homeInstitution()), Optional.empty()));
      }
      Set<InstitutionId> hosts = record.eventsOf(tutor.id()).stream()
          .filter(ExchangeActivityRecorded.class::isInstance)
          .map(e -> ((ExchangeActivityRecorded) e).host()).collect(Collectors.toSet());
      hosts.add(tutor.homeInstitution());
      for (PolicyPack pack : packsFor(hosts, Optional.empty())) {
        for (RewardPolicy policy : pack.rewardPolicies()) {
          guard(tutor.id(), policy.id(), () -> MeasurePolicies.teacherRewards(pack, policy, record, asOf,
              tutor, pack.institution().map(List::of).orElse(List.of(tutor.homeInstitution()))));
        }
      }
    }
  }

  private void guard(PersonId origin, String policyId, java.util.function.Supplier<List<Proposal>> body) {
    try {
      List<Proposal> made = body.get();
      proposalsByOrigin.computeIfAbsent(origin, k -> new ArrayList<>()).addAll(made);
    } catch (RuntimeException e) {
      fail(policyId, origin.value(), e);
    }
  }

  /** One policy per id, the most specific pack's: agreement first, then institutions, then wider. */
  private static Map<PolicyPack, SanctionPolicy> sanctionPolicies(List<PolicyPack> packs, MeasureSubject subject) {
    Map<String, Map.Entry<PolicyPack, SanctionPolicy>> byId = new LinkedHashMap<>();
    for (PolicyPack pack : ImmutableList.copyOf(packs).reverse()) {
      for (SanctionPolicy policy : pack.sanctionPolicies()) {
        if (policy.subject() == subject) {
          byId.putIfAbsent(policy.id(), Map.entry(pack, policy));
        }
      }
    }
    Map<PolicyPack, SanctionPolicy> result = new LinkedHashMap<>();
    byId.values().forEach(e -> result.put(e.getKey(), e.getValue()));
    return result;
  }

  private List<PolicyPack> packsFor(Set<InstitutionId> institutions, Optional<AgreementId> agreement) {
    return engine.packs().stream().filter(pack -> switch (pack.layer()) {
      case NATIONAL, REGIONAL -> true;
      case INSTITUTION -> pack.institution().map(institutions::contains).orElse(false);
      case AGREEMENT -> pack.agreement().equals(agreement) && agreement.isPresent();
    }).toList();
  }

  private Optional<CooperationAgreement> agreementOf(StudentId student) {
    return record.agreementOf(student);
  }

  private Set<InstitutionId> institutionsOf(StudentId student, Optional<CooperationAgreement> agreement) {
    Optional<Candidacy> candidacy = record.candidacy(student);
    if (candidacy.isPresent()) {
      Set<InstitutionId> institutions = new HashSet<>();
      institutions.add(candidacy.get().homeInstitution());
      candidacy.get().hostInstitution().ifPresent(institutions::add);
      return institutions;
    }
    return agreement.map(CooperationAgreement::parties).orElse(Set.of());
  }

  private List<InstitutionId> governing(StudentId student, Optional<CooperationAgreement> agreement) {
    return agreement.flatMap(a -> a.clauseOn(asOf, GoverningRegulationsClause.class)
            .or(() -> a.clauseOn(a.startDate(), GoverningRegulationsClause.class)))
        .map(GoverningRegulationsClause::precedence)
        .orElseGet(() -> record.candidacy(student).map(c -> List.of(c.homeInstitution())).orElse(List.of()));
  }
}
