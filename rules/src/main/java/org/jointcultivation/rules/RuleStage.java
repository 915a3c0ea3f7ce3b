package org.jointcultivation.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.NormKind;
import org.jointcultivation.core.norm.NormSource;
import org.jointcultivation.rules.internal.Resolver;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * The second stage of an evaluation: runs every planned subject's rules, then the plugin rules for
 * every subject of their scope, each with the subject's shared facts, and keeps what they find. A
 * rule that fails in any way leaves one error for itself and that subject and none of its findings.
 */
final class RuleStage {
  private final CompiledRegulations regulations;
  private final Findings findings;
  /**
   * The ids of third parties' obligations found so far. Ids are unique across an assessment: each
   * rule keeps to its own space {@code <rule>/<subject>/}, and this set also catches the one
   * ambiguity left, subject ids that themselves contain {@code /}.
   */
  private final Set<String> pluginObligationIds = new HashSet<>();

  private RuleStage(CompiledRegulations regulations, Findings findings) {
    this.regulations = regulations;
    this.findings = findings;
  }

  static void run(CompiledRegulations regulations, EvaluationPlan plan, Findings findings) {
    RuleStage stage = new RuleStage(regulations, findings);
    List<EvaluationPlan.Planned> subjects = new java.util.ArrayList<>();
    for (List<EvaluationPlan.Planned> ofKind
        : List.of(plan.students(), plan.tutors(), plan.agreements(), plan.institutions())) {
      subjects.addAll(ofKind);
    }
    if (regulations.parallelFor(subjects.size())) {
      // Subjects are independent: each rule reads only its subject's facts. Their outcomes are
      // kept in plan order and added one subject after another, exactly as the sequential loop
      // would, so the findings do not depend on threads.
      List<List<Outcome>> outcomes = subjects.parallelStream().map(stage::evaluate).toList();
      outcomes.forEach(ofSubject -> ofSubject.forEach(stage::keep));
    } else {
      for (EvaluationPlan.Planned subject : subjects) {
        stage.evaluate(subject).forEach(stage::keep);
      }
    }
    for (CompiledRegulations.PluginRule plugin : regulations.pluginRules()) {
      for (EvaluationPlan.Planned subject : plan.started(plugin.rule().scope())) {
        stage.keep(stage.outcome(plugin.rule(), RuleContext.of(plugin.configuration(), subject.facts())));
      }
    }
  }

  /** What one rule found for one subject, or how it failed. */
  private record Outcome(Rule rule, RuleContext context, boolean standard, @Nullable List<ObligationInstance> found,
      @Nullable Throwable failure) {}

  /**
   * Every rule of one subject, run; touches nothing shared, so subjects may run on any thread.
   * When packs are dated, the rules of each span of days run, and each keeps only the duties that
   * span's versions judge; a rule that fails does so once, not once per span.
   */
  private List<Outcome> evaluate(EvaluationPlan.Planned subject) {
    List<Outcome> outcomes = new java.util.ArrayList<>();
    Set<String> failed = subject.versions().size() > 1 ? new HashSet<>() : Set.of();
    for (EvaluationPlan.Versioned versioned : subject.versions()) {
      for (Resolver.Effective effective : versioned.rules()) {
        Outcome outcome = outcome(effective.rule(), RuleContext.of(effective.configuration(), subject.facts()));
        if (versioned.span().always()) {
          outcomes.add(outcome);
        } else if (outcome.found() == null || outcome.failure() != null) {
          if (failed.add(outcome.rule().id())) {
            outcomes.add(outcome);
          }
        } else {
          outcomes.add(judgedIn(versioned.span(), outcome));
        }
      }
    }
    return outcomes;
  }

  /** Of what a rule found, the duties the versions in force over {@code span} judge. */
  private Outcome judgedIn(PackVersions.Span span, Outcome outcome) {
    String pack = outcome.context().configuration().pack();
    List<ObligationInstance> kept = new java.util.ArrayList<>();
    for (ObligationInstance obligation : java.util.Objects.requireNonNull(outcome.found())) {
      if (obligation == null || span.contains(regulations.versions().judgingDay(obligation, pack, outcome.context().facts()))) {
        kept.add(obligation);
      }
    }
    return new Outcome(outcome.rule(), outcome.context(), outcome.standard(), kept, null);
  }

  private Outcome outcome(Rule rule, RuleContext context) {
    boolean standard = regulations.isStandardTemplate(context.configuration().norm().template());
    try {
      List<ObligationInstance> found = standard ? rule.evaluate(context) : regulations.pluginGuard().evaluate(rule, context);
      return new Outcome(rule, context, standard, found, null);
    } catch (Throwable e) {
      if (e instanceof VirtualMachineError fatal && !(e instanceof StackOverflowError)) {
        throw fatal; // out of memory: the JVM itself is in doubt, not one rule
      }
      return new Outcome(rule, context, standard, null, e);
    }
  }

  /**
   * Keeps what one rule found for one subject, or, if it failed in any way, one error for that
   * rule and subject and none of its findings: it threw (an error too), returned null, a null
   * obligation, an obligation about another subject, an id outside its own space
   * ({@code <rule>/<subject>/...}) or an id already found. A third party's rule ran within the
   * engine's time budget. Called in plan order, on one thread.
   */
  private void keep(Outcome outcome) {
    RuleContext context = outcome.context();
    Throwable failure = outcome.failure();
    if (failure != null) {
      findings.fail(outcome.rule().id(), context.subject(), failure);
      return;
    }
    List<ObligationInstance> found = outcome.found();
    // The library's own templates keep the contract by construction (ids from obligationId, the
    // context's subject); checking them would only cost time on the hot path.
    String broken = outcome.standard() ? null : broken(found, context);
    if (broken != null || found == null) {
      findings.fail(outcome.rule().id(), context.subject(), new IllegalStateException("rule " + outcome.rule().id()
          + " broke the Rule contract: " + (broken == null ? "it returned null instead of a list" : broken)));
      return;
    }
    findings.addObligations(Exemptions.apply(found, context.facts()));
    if (!outcome.standard()) {
      found.forEach(o -> pluginObligationIds.add(o.id()));
    }
  }

  /** What is wrong with a rule's findings, or null if nothing is. */
  private @Nullable String broken(@Nullable List<ObligationInstance> found, RuleContext context) {
    if (found == null) {
      return "it returned null instead of a list";
    }
    String space = context.obligationId("");
    Set<String> ids = new HashSet<>();
    for (ObligationInstance obligation : found) {
      if (obligation == null) {
        return "it returned a list holding null";
      }
      if (!obligation.subject().equals(context.subject())) {
        return "obligation " + obligation.id() + " is about " + obligation.subject() + ", not "
            + context.subject();
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

  /**
   * The configuration a plugin rule runs under, of its own scope: it is borne by the student, the
   * tutor, or the agreement's parties (the host institution), as the rule's scope says.
   */
  static ConfiguredRule pluginConfiguration(Rule rule, String provider) {
    BearerRole bearer = switch (rule.scope()) {
      case STUDENT -> BearerRole.STUDENT;
      case TUTOR -> BearerRole.TUTOR;
      case AGREEMENT -> BearerRole.HOST_INSTITUTION;
      case INSTITUTION -> BearerRole.INSTITUTION;
    };
    Norm norm = Norm.builder().id(rule.id()).kind(NormKind.OBLIGATION).template(provider)
        .title("plugin rule " + rule.id() + " (" + rule.scope().name().toLowerCase(Locale.ROOT) + ")")
        .source(NormSource.builder().authority(provider.substring(provider.lastIndexOf('.') + 1))
            .level(AuthorityLevel.INSTITUTION).document("plugin rule").version("1").clause(rule.id()).build())
        .addBearer(bearer).parameters(Map.of()).build();
    return ConfiguredRule.of(norm, provider, AuthorityLevel.INSTITUTION);
  }
}
