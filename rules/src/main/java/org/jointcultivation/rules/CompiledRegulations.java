package org.jointcultivation.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.rules.internal.CompiledNorm;
import org.jointcultivation.rules.internal.PluginGuard;
import org.jointcultivation.rules.internal.Resolver;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.Rule;

/**
 * What an engine compiled its packs and providers into, immutable and shared by every evaluation:
 * the packs (most authoritative first), each pack's compiled norms, the resolver, the plugin rules
 * and the guard they run under. The evaluation stages read only this, never the engine.
 */
final class CompiledRegulations {
  /**
   * A provider's rule evaluated for every subject of its scope, the provider offering it, and the
   * configuration it runs under.
   */
  record PluginRule(Rule rule, String provider, ConfiguredRule configuration) {
    PluginRule(Rule rule, String provider) {
      this(rule, provider, RuleStage.pluginConfiguration(rule, provider));
    }
  }

  private final ImmutableList<PolicyPack> packs;
  private final ImmutableMap<PolicyPack, ImmutableList<CompiledNorm>> norms;
  private final ImmutableList<PluginRule> pluginRules;
  private final ImmutableSet<String> standardTemplates;
  private final Resolver resolver;
  private final PluginGuard pluginGuard;
  private final ImmutableMap<PolicyPack, ImmutableList<CompiledMeasure>> measures;
  private final boolean proposesMeasures;
  private final boolean hasConditions;
  private final boolean evaluatesInstitutions;
  private final boolean parallel;
  private final ImmutableSet<java.time.Period> measureWindows;
  private final PackVersions versions;

  CompiledRegulations(List<PolicyPack> packs, ImmutableMap<PolicyPack, ImmutableList<CompiledNorm>> norms,
      ImmutableMap<PolicyPack, ImmutableList<CompiledMeasure>> measures, List<PluginRule> pluginRules,
      Set<String> standardTemplates, Resolver resolver, PluginGuard pluginGuard, boolean parallel,
      PackVersions versions) {
    this.parallel = parallel;
    this.versions = versions;
    this.measureWindows = windowsOf(measures);
    this.packs = ImmutableList.copyOf(packs);
    this.norms = norms;
    this.measures = measures;
    this.pluginRules = ImmutableList.copyOf(pluginRules);
    this.standardTemplates = ImmutableSet.copyOf(standardTemplates);
    this.resolver = resolver;
    this.pluginGuard = pluginGuard;
    this.proposesMeasures = packs.stream()
        .anyMatch(p -> !p.sanctionPolicies().isEmpty() || !p.rewardPolicies().isEmpty());
    this.hasConditions = norms.values().stream().flatMap(List::stream).anyMatch(n -> n.condition().isPresent());
    this.evaluatesInstitutions = norms.values().stream().flatMap(List::stream)
            .anyMatch(n -> n.rule().scope() == org.jointcultivation.rules.spi.RuleScope.INSTITUTION)
        || this.pluginRules.stream().anyMatch(p -> p.rule().scope() == org.jointcultivation.rules.spi.RuleScope.INSTITUTION)
        || measures.values().stream().flatMap(List::stream).anyMatch(m -> m.criterion().scopes()
            .contains(org.jointcultivation.rules.spi.RuleScope.INSTITUTION)
            && (m.configuration().reward().isPresent() || m.configuration().sanction()
                .map(policy -> policy.subject() == org.jointcultivation.core.norm.MeasureSubject.INSTITUTION)
                .orElse(false)));
  }

  private CompiledRegulations(CompiledRegulations other, boolean parallel) {
    this.packs = other.packs;
    this.norms = other.norms;
    this.measures = other.measures;
    this.pluginRules = other.pluginRules;
    this.standardTemplates = other.standardTemplates;
    this.resolver = other.resolver;
    this.pluginGuard = other.pluginGuard;
    this.proposesMeasures = other.proposesMeasures;
    this.hasConditions = other.hasConditions;
    this.evaluatesInstitutions = other.evaluatesInstitutions;
    this.measureWindows = other.measureWindows;
    this.versions = other.versions;
    this.parallel = parallel;
  }

  /**
   * The same regulations, each evaluation on one thread: for parts evaluated side by side, which
   * keep the cores busy already.
   */
  CompiledRegulations sequential() {
    return parallel ? new CompiledRegulations(this, false) : this;
  }

  /**
   * Every span a reward or sanction policy looks back over (a ladder's window, an appeal window, a
   * criterion's {@code PERIOD} parameters): an event or a breach leaves a policy's count that long
   * after its day, which {@link NextChange} must know.
   */
  ImmutableSet<java.time.Period> measureWindows() {
    return measureWindows;
  }

  private static ImmutableSet<java.time.Period> windowsOf(ImmutableMap<PolicyPack, ImmutableList<CompiledMeasure>> measures) {
    ImmutableSet.Builder<java.time.Period> windows = ImmutableSet.builder();
    for (List<CompiledMeasure> policies : measures.values()) {
      for (CompiledMeasure measure : policies) {
        measure.configuration().sanction().ifPresent(policy -> {
          windows.add(policy.window());
          policy.appealWindow().ifPresent(windows::add);
        });
        for (org.jointcultivation.rules.spi.ParameterDeclaration declaration : measure.criterion().parameters()) {
          if (declaration.type() == org.jointcultivation.rules.spi.ParameterType.PERIOD
              && measure.configuration().parameters().containsKey(declaration.name())) {
            windows.add(measure.configuration().period(declaration.name()));
          }
        }
      }
    }
    return windows.build();
  }

  /** Which version of each pack is in force when. */
  PackVersions versions() {
    return versions;
  }

  /** Whether evaluations may use more than one thread ({@link RuleEngine.Builder#parallel}). */
  boolean parallel() {
    return parallel;
  }

  /** Every pack, most authoritative layer first, then by coordinates. */
  ImmutableList<PolicyPack> packs() {
    return packs;
  }

  /** The norms of {@code pack}, compiled. */
  ImmutableList<CompiledNorm> norms(PolicyPack pack) {
    return Objects.requireNonNull(norms.get(pack), "not a pack of this engine");
  }

  /** The reward and sanction policies of {@code pack}, compiled, in the pack's order. */
  ImmutableList<CompiledMeasure> measures(PolicyPack pack) {
    return Objects.requireNonNull(measures.get(pack), "not a pack of this engine");
  }

  ImmutableList<PluginRule> pluginRules() {
    return pluginRules;
  }

  /** Whether {@code template} is one of the library's own, which keep the rule contract by construction. */
  boolean isStandardTemplate(String template) {
    return standardTemplates.contains(template);
  }

  Resolver resolver() {
    return resolver;
  }

  PluginGuard pluginGuard() {
    return pluginGuard;
  }

  /**
   * Whether a stage runs {@code subjects} subjects on every core: when allowed ({@link
   * RuleEngine.Builder#parallel}), there is more than one core, and there are at least {@value
   * #PARALLEL_FROM}; below that, handing subjects to threads costs more than it saves.
   */
  boolean parallelFor(int subjects) {
    return parallel && subjects >= PARALLEL_FROM && Runtime.getRuntime().availableProcessors() > 1;
  }

  /** The fewest subjects a stage runs on every core. */
  static final int PARALLEL_FROM = 512;

  /** Whether any norm has a condition: if none, no subject's condition variables are worked out. */
  boolean hasConditions() {
    return hasConditions;
  }

  /**
   * Whether anything is evaluated per institution (a norm, plugin rule or measure policy of that
   * scope): if nothing is, institutions are not planned at all.
   */
  boolean evaluatesInstitutions() {
    return evaluatesInstitutions;
  }

  /** Whether any pack has a sanction or reward policy: if none, measures are not worked out at all. */
  boolean proposesMeasures() {
    return proposesMeasures;
  }

  /**
   * The packs that bind a subject of {@code institutions} under {@code agreement}, every version:
   * national and regional packs, the packs of those institutions, and the agreement's own pack.
   */
  List<PolicyPack> packsFor(Set<InstitutionId> institutions, Optional<AgreementId> agreement) {
    return packsFor(institutions, agreement, null);
  }

  /** As {@link #packsFor(Set, Optional)}, only the versions in force on {@code day} if one is given. */
  List<PolicyPack> packsFor(Set<InstitutionId> institutions, Optional<AgreementId> agreement,
      java.time.@org.jspecify.annotations.Nullable LocalDate day) {
    ImmutableList.Builder<PolicyPack> inForce = ImmutableList.builder();
    for (PolicyPack pack : packs) {
      if (day != null && !pack.inForceOn(day)) {
        continue;
      }
      boolean applies = switch (pack.layer()) {
        case NATIONAL, REGIONAL -> true;
        case INSTITUTION -> pack.institution().map(institutions::contains).orElse(false);
        case AGREEMENT -> agreement.isPresent() && pack.agreement().equals(agreement);
      };
      if (applies) {
        inForce.add(pack);
      }
    }
    return inForce.build();
  }
}
