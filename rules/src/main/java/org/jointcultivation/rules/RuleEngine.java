package org.jointcultivation.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.event.MeasureKind;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.RewardPolicy;
import org.jointcultivation.core.norm.SanctionPolicy;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.vocabulary.Vocabulary;
import org.jointcultivation.rules.internal.CompiledNorm;
import org.jointcultivation.rules.internal.Condition;
import org.jointcultivation.rules.internal.Conditions;
import org.jointcultivation.rules.internal.Resolver;
import org.jointcultivation.rules.internal.PluginGuard;
import org.jointcultivation.rules.internal.StandardRules;
import org.jointcultivation.core.norm.Applicability;
import org.jointcultivation.rules.spi.ConfiguredMeasure;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.MeasureCriterion;
import org.jointcultivation.rules.spi.MeasureRule;
import org.jointcultivation.rules.spi.ParameterDeclaration;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleProvider;
import org.jointcultivation.rules.spi.RuleTemplate;

/**
 * Evaluates a {@link CultivationRecord} against policy packs and plugin rules. Built once,
 * immutable and safe to share between threads: {@link #evaluate} is a pure function of the record
 * and the day.
 *
 * <pre>{@code
 * RuleEngine engine = RuleEngine.builder()
 *     .addPack(solentPack)                      // norms configured from the standard templates
 *     .discoverProviders()                      // third-party rules from META-INF/services
 *     .build();                                 // bad configuration fails here, not later
 * Assessment assessment = engine.evaluate(record, LocalDate.of(2026, 9, 1));
 * for (Violation violation : assessment.violationsOf(studentId)) {
 *   System.out.println(violation.explanation().sentence());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RuleEngine {
  private final ImmutableList<PolicyPack> packs;
  private final ConflictPolicy conflictPolicy;
  private final PluginGuard pluginGuard;
  private final ImmutableMap<String, ImmutableList<ParameterDeclaration>> catalogue;
  private final ImmutableMap<String, ImmutableList<ParameterDeclaration>> criteria;
  private final Vocabulary vocabulary;
  /** What evaluations read: the packs, compiled, with the resolver and plugin rules. */
  private final CompiledRegulations regulations;

  private RuleEngine(Builder builder, Map<String, RuleTemplate> templates, Set<String> standardTemplates,
      Map<String, MeasureCriterion> criteria, Set<String> standardCriteria) {
    ImmutableMap.Builder<String, ImmutableList<ParameterDeclaration>> catalogue = ImmutableMap.builder();
    templates.forEach((name, template) -> catalogue.put(name, ImmutableList.copyOf(template.parameters())));
    this.catalogue = catalogue.buildOrThrow();
    ImmutableMap.Builder<String, ImmutableList<ParameterDeclaration>> criteriaCatalogue = ImmutableMap.builder();
    criteria.forEach((name, criterion) -> criteriaCatalogue.put(name, ImmutableList.copyOf(criterion.parameters())));
    this.criteria = criteriaCatalogue.buildOrThrow();
    this.pluginGuard = new PluginGuard(builder.ruleTimeBudget);
    this.conflictPolicy = builder.conflictPolicy;
    // Most authoritative first, so that resolution, sanctions and rewards see a stable order.
    this.packs = ImmutableList.sortedCopyOf(
        Comparator.comparing(PolicyPack::layer).thenComparing(PolicyPack::coordinates), builder.packs);
    ImmutableMap.Builder<PolicyPack, ImmutableList<CompiledNorm>> compiled = ImmutableMap.builder();
    ImmutableMap.Builder<PolicyPack, ImmutableList<CompiledMeasure>> measures = ImmutableMap.builder();
    this.vocabulary = builder.vocabulary;
    // CEL is loaded only by engines that have conditions to compile.
    @org.jspecify.annotations.Nullable Conditions conditions = packs.stream().flatMap(p -> p.norms().stream()).anyMatch(n -> n.condition().isPresent())
        ? Conditions.forVocabulary(vocabulary) : null;
    for (PolicyPack pack : packs) {
      ImmutableList.Builder<CompiledNorm> norms = ImmutableList.builder();
      for (Norm norm : pack.norms()) {
        norms.add(compile(pack, norm, templates, conditions, vocabulary));
      }
      compiled.put(pack, norms.build());
      ImmutableList.Builder<CompiledMeasure> policies = ImmutableList.builder();
      for (SanctionPolicy policy : pack.sanctionPolicies()) {
        MeasureCriterion criterion = criterion(pack, policy.id(), policy.criterion(), MeasureKind.SANCTION, criteria);
        RuleScope scope = switch (policy.subject()) {
          case STUDENT -> RuleScope.STUDENT;
          case TUTOR -> RuleScope.TUTOR;
          case INSTITUTION -> RuleScope.INSTITUTION;
        };
        if (!criterion.scopes().contains(scope)) {
          throw new RuleConfigurationException(pack.coordinates(), policy.id(), "subject",
              "is " + policy.subject() + ", but criterion " + criterion.name() + " proposes measures only for "
                  + criterion.scopes());
        }
        policies.add(compile(pack, policy.id(), criterion, policy.parameters(),
            ConfiguredMeasure.of(pack, policy, criterion.parameters()), standardCriteria, vocabulary));
      }
      for (RewardPolicy policy : pack.rewardPolicies()) {
        MeasureCriterion criterion = criterion(pack, policy.id(), policy.criterion(), MeasureKind.REWARD, criteria);
        policies.add(compile(pack, policy.id(), criterion, policy.parameters(),
            ConfiguredMeasure.of(pack, policy, criterion.parameters()), standardCriteria, vocabulary));
      }
      measures.put(pack, policies.build());
    }
    List<CompiledRegulations.PluginRule> pluginRules = List.copyOf(builder.pluginRules);
    Map<String, String> ruleIds = new LinkedHashMap<>();
    for (PolicyPack pack : packs) {
      pack.norms().forEach(norm -> ruleIds.putIfAbsent(norm.id(), pack.coordinates()));
    }
    for (CompiledRegulations.PluginRule plugin : pluginRules) {
      String clash = ruleIds.putIfAbsent(plugin.rule().id(), plugin.provider());
      if (clash != null) {
        throw new RuleConfigurationException(null, plugin.rule().id(), "id",
            "rule id is used by both " + clash + " and " + plugin.provider());
      }
    }
    this.regulations = new CompiledRegulations(packs, compiled.buildOrThrow(), measures.buildOrThrow(), pluginRules,
        standardTemplates, new Resolver(conflictPolicy), pluginGuard, builder.parallel, PackVersions.of(packs));
  }

  /**
   * Checks the engine's regulations for what is valid but almost certainly not meant, beyond what
   * {@link Builder#build()} refuses: norms that can never apply (a condition comparing an
   * enumerated field with a value it cannot take), a norm given twice, a norm another pack always
   * overrules, conflicts between packs that the conflict policy escalates to a person, parameters
   * outside common ranges, and vocabulary no norm reads. Each warning names the pack (or the
   * vocabulary) and the JSON path of the place in its file; the command line's {@code lint} turns
   * paths into lines and columns.
   *
   * @return the warnings, pack by pack in the engine's order; empty if there are none
   * @since 0.3.0
   */
  public List<LintWarning> lint() {
    return RegulationLint.of(packs, vocabulary, catalogue, regulations);
  }

  /** A builder with the standard templates and the standard conflict policy. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Evaluates {@code record} as of {@code asOf}: events after that day are ignored.
   *
   * @return the assessment; a rule that throws yields a {@link RuleError} and the rest completes
   * @throws ValidationException if {@code asOf} is outside the days the model accepts (1900 to 2200)
   */
  public Assessment evaluate(CultivationRecord record, LocalDate asOf) {
    Objects.requireNonNull(record, "record");
    Checks.date("RuleEngine", null, "asOf", Objects.requireNonNull(asOf, "asOf"));
    return Evaluation.of(regulations, record, asOf).toAssessment(record, asOf);
  }

  /**
   * Evaluates only {@code subject} of {@code record} as of {@code asOf}: the assessment holds its
   * obligations ({@link Assessment#obligationsAbout}), the proposals about it and its rule errors,
   * exactly as the whole record's assessment has them; for a tutor, also the obligations the tutor
   * bears for their students ({@link Assessment#obligationsOf(org.jointcultivation.core.party.TutorId)}),
   * whose breaches count towards the tutor's sanctions, and the proposals their students' policies
   * make for the tutor (a trainee's award shared with the team); nothing else. For a page about one
   * student, or a stream keyed by subject ({@link #nextChange} works on it): other students, tutors
   * and agreements are not evaluated, except a tutor's students.
   *
   * @throws IllegalArgumentException if {@code record} does not hold {@code subject}
   * @throws ValidationException if {@code asOf} is outside the days the model accepts
   * @since 0.3.0
   */
  public Assessment evaluate(CultivationRecord record, LocalDate asOf, Subject subject) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(subject, "subject");
    Checks.date("RuleEngine", null, "asOf", Objects.requireNonNull(asOf, "asOf"));
    List<ObligationInstance> borne = List.of();
    List<Proposal> proposedByStudents = List.of();
    Evaluation.Subjects only;
    switch (subject.kind()) {
      case STUDENT -> {
        org.jointcultivation.core.party.StudentId id = ((Subject.Student) subject).id();
        held(record.student(id).isPresent(), subject);
        only = new Evaluation.Subjects(Set.of(id), Set.of(), Set.of(), Set.of(), List.of());
      }
      case TUTOR -> {
        org.jointcultivation.core.party.TutorId id = ((Subject.Tutor) subject).id();
        held(record.tutor(id).isPresent(), subject);
        Set<org.jointcultivation.core.party.StudentId> students = new java.util.TreeSet<>(
            Comparator.comparing(org.jointcultivation.core.party.StudentId::value));
        record.assignmentsOfTutor(id).forEach(assignment -> students.add(assignment.student()));
        // The duties the tutor bears are their students' obligations, and a student's reward may
        // be proposed for the tutor too: those students are evaluated as well.
        Findings ofStudents = Evaluation.of(regulations, record, asOf, new Evaluation.Subjects(students, Set.of(),
            Set.of(), Set.of(), List.of()));
        borne = ofStudents.obligations();
        proposedByStudents = ofStudents.proposals().stream().filter(p -> p.subject().equals(subject)).toList();
        only = new Evaluation.Subjects(Set.of(), Set.of(id), Set.of(), Set.of(), borne);
      }
      case AGREEMENT -> {
        org.jointcultivation.core.agreement.AgreementId id = ((Subject.Agreement) subject).id();
        held(record.agreement(id).isPresent(), subject);
        only = new Evaluation.Subjects(Set.of(), Set.of(), Set.of(id), Set.of(), List.of());
      }
      default -> {
        org.jointcultivation.core.party.InstitutionId id = ((Subject.Institution) subject).id();
        held(record.institution(id).isPresent(), subject);
        only = new Evaluation.Subjects(Set.of(), Set.of(), Set.of(), Set.of(id), List.of());
      }
    }
    Findings findings = Evaluation.of(regulations, record, asOf, only);
    if (subject instanceof Subject.Tutor tutor) {
      findings.addObligations(borne.stream().filter(o -> o.bearers().contains(tutor.id())).toList());
      findings.addProposals(subject, proposedByStudents);
    }
    return findings.toAssessment(record, asOf);
  }

  private static void held(boolean held, Subject subject) {
    if (!held) {
      throw new IllegalArgumentException("the record holds no " + subject + " to evaluate");
    }
  }

  /**
   * Evaluates a programme part by part (a department or a home college at a time) and hands each
   * part's assessment to {@code sink}, so that a province or a nation is evaluated without holding
   * its record or its assessment: only the parts being evaluated are held. Parts are read from
   * {@code parts} lazily, on the calling thread (a generator, or a database cursor that builds one
   * record per college), and evaluated side by side on every core unless {@link Builder#parallel}
   * is off; {@code sink} receives them on the calling thread, in the order given.
   *
   * <p>Each part must be whole for its subjects: a student, tutor or agreement (and an
   * institution, when a rule or policy of these packs judges institutions) may be in one part only,
   * because its rules read all of its facts. Then each part's assessment is exactly the part of the
   * whole programme's assessment about that part's subjects. To check this, the engine keeps the
   * id of every subject seen (about a hundred bytes each).
   *
   * <pre>{@code
   * engine.evaluateParts(colleges, LocalDate.of(2026, 9, 1),
   *     (college, assessment) -> reports.write(assessment.violations()));
   * }</pre>
   *
   * @throws ValidationException if {@code asOf} is outside the days the model accepts, or a part
   *     shares a subject with an earlier part (naming both parts, the kind of subject and its id);
   *     every part before it has then been handed to {@code sink}, and no part after it
   * @throws NullPointerException if {@code parts} yields {@code null}
   * @throws IllegalStateException if the calling thread is interrupted while it waits for a part
   *     (its interrupt flag is set again)
   * @since 0.2.0
   */
  public void evaluateParts(Iterable<? extends CultivationRecord> parts, LocalDate asOf, AssessmentSink sink) {
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(sink, "sink");
    Checks.date("RuleEngine", null, "asOf", Objects.requireNonNull(asOf, "asOf"));
    new PartEvaluation(regulations, asOf, sink).run(parts.iterator());
  }

  /**
   * Opens a session that keeps {@code record}'s assessment as of {@code asOf} up to date as events
   * arrive: {@link EvaluationSession#apply} evaluates again only the students, tutors and
   * agreements an event can affect.
   *
   * @throws ValidationException if {@code asOf} is outside the days the model accepts
   */
  public EvaluationSession openSession(CultivationRecord record, LocalDate asOf) {
    Objects.requireNonNull(record, "record");
    Checks.date("RuleEngine", null, "asOf", Objects.requireNonNull(asOf, "asOf"));
    return new EvaluationSession(regulations, record, asOf, Evaluation.of(regulations, record, asOf));
  }

  /**
   * The first day after {@code assessment}'s day on which evaluating {@code record} again, with no
   * new event, could find something else about {@code subject}: a duty falling due, a period
   * ending, an event already recorded with a later date, a candidacy, assignment, placement,
   * agreement or relation starting or ending, leave ending (while a duty is suspended its due date
   * moves every day, so the next day is the answer), a measure's term running out, an event or a
   * breach leaving the window a reward or sanction policy counts over. Until that day the
   * subject's obligations keep their states, dates, transitions and counted events, and its
   * proposals their measures and evidence (only words naming the day asked, such as "as of", follow
   * the day): a stream processor sets a timer for it, a portal knows when to look again. A day too
   * early only costs an evaluation that changes nothing. Empty if nothing dated is ahead.
   *
   * @param record the record {@code assessment} was made from, by this engine
   * @since 0.2.0
   */
  public Optional<LocalDate> nextChange(CultivationRecord record, Assessment assessment, Subject subject) {
    return NextChange.of(regulations, Objects.requireNonNull(record, "record"),
        Objects.requireNonNull(assessment, "assessment"), Objects.requireNonNull(subject, "subject"));
  }

  /** Evaluates {@code record} as of today in {@code clock}'s zone. */
  public Assessment evaluate(CultivationRecord record, Clock clock) {
    return evaluate(record, LocalDate.now(clock));
  }

  /**
   * The template catalogue: every template this engine knows, the standard ones and those of its
   * providers, by name, with the parameters each declares. What the README's template table and
   * tools that help write regulation files show.
   *
   * @since 0.2.0
   */
  public Map<String, List<ParameterDeclaration>> templates() {
    return java.util.Collections.unmodifiableMap(catalogue);
  }

  /**
   * The reward and sanction criteria this engine knows, the standard ones and those of its
   * providers, by name, with the parameters each declares: what a policy's {@code criterion} and
   * {@code parameters} may say.
   *
   * @since 0.2.0
   */
  public Map<String, List<ParameterDeclaration>> criteria() {
    return java.util.Collections.unmodifiableMap(criteria);
  }

  /**
   * The vocabulary the engine's conditions were checked against.
   *
   * @since 0.2.0
   */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The packs, most authoritative layer first. */
  public List<PolicyPack> packs() {
    return packs;
  }

  /** The conflict policy. */
  public ConflictPolicy conflictPolicy() {
    return conflictPolicy;
  }

  /** How long a third party's rule may take for one subject; see {@link Builder#ruleTimeBudget}. */
  public Duration ruleTimeBudget() {
    return pluginGuard.budget();
  }

  private static CompiledNorm compile(PolicyPack pack, Norm norm, Map<String, RuleTemplate> templates,
      @org.jspecify.annotations.Nullable Conditions conditions, Vocabulary vocabulary) {
    RuleTemplate template = templates.get(norm.template());
    if (template == null) {
      throw new RuleConfigurationException(pack.coordinates(), norm.id(), "template",
          "unknown rule template '" + norm.template() + "'; known: " + templates.keySet());
    }
    checkParameters(pack, norm.id(), "template " + norm.template(), template.parameters(), norm.parameters(),
        vocabulary);
    ConfiguredRule configuration = ConfiguredRule.of(norm, pack.coordinates(), pack.layer(), vocabulary);
    Rule rule;
    try {
      rule = template.create(configuration);
    } catch (ValidationException e) {
      throw new RuleConfigurationException(pack.coordinates(), norm.id(), e.field(), e.getMessage());
    }
    if (rule.scope() != RuleScope.STUDENT && !norm.applicability().equals(Applicability.everyone())) {
      // Applicability selects students; a rule evaluated per tutor or agreement cannot honour it.
      throw new RuleConfigurationException(pack.coordinates(), norm.id(), "applicability",
          "restricts which students the norm covers, but template " + norm.template() + " with bearers "
              + norm.bearers() + " is evaluated per " + rule.scope().name().toLowerCase(java.util.Locale.ROOT)
              + ", so the restriction cannot be honoured; remove it or use a student-borne norm");
    }
    Optional<Condition> condition = Optional.empty();
    if (norm.condition().isPresent() && conditions != null) {
      try {
        condition = Optional.of(conditions.compile(rule.scope(), norm.condition().get()));
      } catch (IllegalArgumentException e) {
        throw new RuleConfigurationException(pack.coordinates(), norm.id(), "condition", String.valueOf(e.getMessage()));
      }
    }
    return new CompiledNorm(pack, norm, template, configuration, rule, condition);
  }

  /**
   * Every parameter a norm or policy ({@code id}) sets is declared by its {@code owner} (a template
   * or criterion), of the declared type and bounds, and every required one is set.
   */
  private static void checkParameters(PolicyPack pack, String id, String owner,
      List<ParameterDeclaration> declarations, Map<String, String> parameters, Vocabulary vocabulary) {
    Map<String, ParameterDeclaration> declared = new LinkedHashMap<>();
    declarations.forEach(d -> declared.put(d.name(), d));
    parameters.forEach((name, value) -> {
      ParameterDeclaration declaration = declared.get(name);
      if (declaration == null) {
        throw new RuleConfigurationException(pack.coordinates(), id, name,
            "is not a parameter of " + owner + closest(name, declared.keySet())
                + "; its parameters are " + declared.keySet());
      }
      declaration.problemWith(value, vocabulary).ifPresent(problem -> {
        throw new RuleConfigurationException(pack.coordinates(), id, name, problem);
      });
    });
    for (ParameterDeclaration declaration : declared.values()) {
      if (declaration.required() && !parameters.containsKey(declaration.name())) {
        throw new RuleConfigurationException(pack.coordinates(), id, declaration.name(), "is required by " + owner);
      }
    }
  }

  /** The criterion a policy names, which must exist and propose measures of the policy's kind. */
  private static MeasureCriterion criterion(PolicyPack pack, String policyId, String name, MeasureKind kind,
      Map<String, MeasureCriterion> criteria) {
    MeasureCriterion criterion = criteria.get(name);
    String kindName = kind.name().toLowerCase(java.util.Locale.ROOT);
    if (criterion == null) {
      throw new RuleConfigurationException(pack.coordinates(), policyId, "criterion",
          "unknown " + kindName + " criterion '" + name + "'" + closest(name, criteria.keySet()) + "; known: "
              + criteria.values().stream().filter(c -> c.kind() == kind).map(MeasureCriterion::name).toList());
    }
    if (criterion.kind() != kind) {
      throw new RuleConfigurationException(pack.coordinates(), policyId, "criterion",
          "criterion '" + name + "' proposes " + criterion.kind().name().toLowerCase(java.util.Locale.ROOT)
              + "s, but this is a " + kindName + " policy");
    }
    return criterion;
  }

  private static CompiledMeasure compile(PolicyPack pack, String policyId, MeasureCriterion criterion,
      Map<String, String> parameters, ConfiguredMeasure configuration, Set<String> standardCriteria,
      Vocabulary vocabulary) {
    checkParameters(pack, policyId, "criterion " + criterion.name(), criterion.parameters(), parameters,
        vocabulary);
    MeasureRule rule;
    try {
      rule = criterion.create(configuration);
    } catch (IllegalArgumentException e) {
      throw new RuleConfigurationException(pack.coordinates(), policyId, "parameters", String.valueOf(e.getMessage()));
    }
    return new CompiledMeasure(configuration, criterion, Objects.requireNonNull(rule, "criterion "
        + criterion.name() + " created no rule"), standardCriteria.contains(criterion.name()));
  }

  /** {@code ; did you mean 'response'?} for a name at most two edits (Levenshtein) from a declared one. */
  private static String closest(String name, java.util.Collection<String> declared) {
    return declared.stream().filter(d -> editDistance(name.toLowerCase(java.util.Locale.ROOT),
            d.toLowerCase(java.util.Locale.ROOT)) <= 2)
        .findFirst().map(d -> "; did you mean '" + d + "'?").orElse("");
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * Collects packs, providers and the conflict policy; {@link #build()} checks them all.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    /** How long a third party's rule may take for one subject unless set: ten seconds. */
    public static final Duration DEFAULT_RULE_TIME_BUDGET = Duration.ofSeconds(10);

    private final List<PolicyPack> packs = new ArrayList<>();
    private final List<RuleProvider> providers = new ArrayList<>(List.of(new StandardRules()));
    private final List<CompiledRegulations.PluginRule> pluginRules = new ArrayList<>();
    private ConflictPolicy conflictPolicy = ConflictPolicy.standard();
    private boolean parallel = true;
    private Optional<CultivationRecord> validateAgainst = Optional.empty();
    private Duration ruleTimeBudget = DEFAULT_RULE_TIME_BUDGET;
    private Vocabulary vocabulary = Vocabulary.EMPTY;

    private Builder() {}

    /** Adds a policy pack. */
    public Builder addPack(PolicyPack pack) {
      packs.add(Objects.requireNonNull(pack, "pack"));
      return this;
    }

    /** Adds policy packs. */
    public Builder addPacks(Iterable<PolicyPack> newPacks) {
      newPacks.forEach(this::addPack);
      return this;
    }

    /** Registers a provider of templates and rules by hand. */
    public Builder addProvider(RuleProvider provider) {
      providers.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /** Adds every {@link RuleProvider} that {@link ServiceLoader} finds on the class or module path. */
    public Builder discoverProviders() {
      return discoverProviders(Thread.currentThread().getContextClassLoader());
    }

    /** Adds every {@link RuleProvider} that {@link ServiceLoader} finds through {@code loader}. */
    public Builder discoverProviders(ClassLoader loader) {
      ServiceLoader.load(RuleProvider.class, Objects.requireNonNull(loader, "loader")).forEach(providers::add);
      return this;
    }

    /**
     * The vocabulary the packs' conditions are type-checked against: a condition may name the
     * attributes it declares. The records evaluated should be built with the same vocabulary.
     * {@link Vocabulary#EMPTY} unless set.
     *
     * @since 0.2.0
     */
    public Builder vocabulary(Vocabulary vocabulary) {
      this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
      return this;
    }

    /**
     * Sets how long a third party's rule (a plugin rule, or a norm of a template that a provider
     * other than the library offers) may take for one subject; {@link #DEFAULT_RULE_TIME_BUDGET}
     * unless set. Past it the rule is reported as a {@link RuleError} for that subject and the
     * evaluation completes without it. Such rules run on a pool of daemon threads while the
     * evaluation waits; the library's own templates run on the caller's thread.
     *
     * <p>A timeout depends on the machine's speed, so an assessment with one is not reproducible
     * on another machine; the budget is a guard against a rule that hangs, not a deadline.
     *
     * @throws IllegalArgumentException if {@code budget} is not positive or longer than an hour
     */
    public Builder ruleTimeBudget(Duration budget) {
      Objects.requireNonNull(budget, "budget");
      if (budget.isNegative() || budget.isZero() || budget.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("ruleTimeBudget must be positive and at most an hour, not " + budget);
      }
      this.ruleTimeBudget = budget;
      return this;
    }

    /**
     * Whether an evaluation of a large record (at least 512 subjects) runs its subjects' rules on
     * every core, through the common fork-join pool; {@code true} unless set. The assessment is the
     * same either way. Set {@code false} where the caller already keeps every core busy (a server
     * evaluating many small records at once) or must not use the common pool.
     *
     * @since 0.2.0
     */
    public Builder parallel(boolean parallel) {
      this.parallel = parallel;
      return this;
    }

    /** Sets how conflicts between packs are resolved; {@link ConflictPolicy#standard()} unless set. */
    public Builder conflictPolicy(ConflictPolicy policy) {
      this.conflictPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Also checks, when building, that every pack's institution and agreement exist in {@code
     * record}, so that a mistyped layer fails at once rather than silently applying to no one.
     */
    public Builder validateAgainst(CultivationRecord record) {
      this.validateAgainst = Optional.of(Objects.requireNonNull(record, "record"));
      return this;
    }

    /**
     * Builds the engine.
     *
     * @throws RuleConfigurationException for an unknown template, a missing or malformed parameter,
     *     a duplicate rule id or template name, a pack given twice, versions of one pack that are
     *     undated, of different authorities or in force on the same day, or a pack layer naming an
     *     institution or agreement that {@link #validateAgainst} does not hold
     */
    public RuleEngine build() {
      vocabulary.events().forEach((kind, declaration) -> declaration.viewAction().ifPresent(action -> {
        boolean viewing = java.util.Arrays.stream(org.jointcultivation.rules.access.Action.values())
            .anyMatch(a -> a.name().equals(action) && action.startsWith("VIEW_"));
        if (!viewing) {
          throw new RuleConfigurationException(null, null, "vocabulary",
              "event kind " + kind + " has viewAction '" + action + "', which is not a viewing action of the rights");
        }
      }));
      Map<String, RuleTemplate> templates = new LinkedHashMap<>();
      Map<String, String> offeredBy = new LinkedHashMap<>();
      Set<String> standardTemplates = new java.util.HashSet<>();
      Map<String, MeasureCriterion> criteria = new LinkedHashMap<>();
      Set<String> standardCriteria = new java.util.HashSet<>();
      pluginRules.clear();
      for (RuleProvider provider : providers) {
        String name = provider.getClass().getName();
        for (MeasureCriterion criterion : provider.criteria()) {
          MeasureCriterion previous = criteria.putIfAbsent(criterion.name(), criterion);
          if (previous != null) {
            throw new RuleConfigurationException(null, null, "criterion",
                "criterion '" + criterion.name() + "' is offered by both " + previous.getClass().getName()
                    + " and " + criterion.getClass().getName());
          }
          if (provider instanceof StandardRules) {
            standardCriteria.add(criterion.name());
          }
        }
        for (RuleTemplate template : provider.templates()) {
          String previous = offeredBy.putIfAbsent(template.name(), name);
          if (previous != null) {
            throw new RuleConfigurationException(null, null, "template",
                "template '" + template.name() + "' is offered by both " + previous + " and " + name);
          }
          templates.put(template.name(), template);
          if (provider instanceof StandardRules) {
            standardTemplates.add(template.name());
          }
        }
        for (Rule rule : provider.rules()) {
          if (pluginRules.stream().anyMatch(p -> p.rule().id().equals(rule.id()))) {
            throw new RuleConfigurationException(null, rule.id(), "id",
                "rule id '" + rule.id() + "' is offered twice (last by " + name + ")");
          }
          pluginRules.add(new CompiledRegulations.PluginRule(rule, "plugin:" + name));
        }
      }
      Set<String> coordinates = new java.util.HashSet<>();
      for (PolicyPack pack : packs) {
        if (!coordinates.add(pack.coordinates())) {
          throw new RuleConfigurationException(pack.coordinates(), null, "version",
              "pack " + pack.coordinates() + " is given twice");
        }
      }
      for (PolicyPack pack : packs) {
        validateAgainst.ifPresent(record -> {
          pack.institution().filter(id -> record.institution(id).isEmpty()).ifPresent(id -> {
            throw new RuleConfigurationException(pack.coordinates(), null, "institution",
                "layer " + pack.layer() + " refers to institution " + id + ", which does not exist in the record");
          });
          pack.agreement().filter(id -> record.agreement(id).isEmpty()).ifPresent(id -> {
            throw new RuleConfigurationException(pack.coordinates(), null, "agreement",
                "layer " + pack.layer() + " refers to agreement " + id + ", which does not exist in the record");
          });
        });
      }
      return new RuleEngine(this, templates, standardTemplates, criteria, standardCriteria);
    }
  }
}
