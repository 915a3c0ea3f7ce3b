package org.jointcultivation.rules.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.time.LocalDate;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.GoverningRegulationsClause;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.rules.ConflictPolicy;
import org.jointcultivation.rules.ConflictResolution;
import org.jointcultivation.rules.ParameterSetting;
import org.jointcultivation.rules.ResolutionStep;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleTemplate;

/**
 * Decides, for one subject, which version of each norm applies when several packs define a norm
 * with the same id, by the conflict policy's pipeline.
 */
public final class Resolver {
  /** A rule to run, with the configuration it runs under. */
  public record Effective(ConfiguredRule configuration, Rule rule) {}

  /** The outcome for one set of versions: the rules to run and the conflicts met. */
  public record Resolution(List<Effective> rules, List<ConflictResolution> conflicts) {}

  private final ConflictPolicy policy;
  /** Rules compiled from merged or renamed configurations; compiling is pure, so sharing is safe. */
  private final Map<String, Rule> derived = new ConcurrentHashMap<>();

  public Resolver(ConflictPolicy policy) {
    this.policy = policy;
  }

  public Resolution resolve(List<CompiledNorm> versions, Optional<CooperationAgreement> agreement, LocalDate day) {
    Map<String, List<CompiledNorm>> byId = new LinkedHashMap<>();
    for (CompiledNorm version : versions) {
      byId.computeIfAbsent(version.norm().id(), id -> new ArrayList<>()).add(version);
    }
    ImmutableList.Builder<Effective> rules = ImmutableList.builder();
    ImmutableList.Builder<ConflictResolution> conflicts = ImmutableList.builder();
    for (List<CompiledNorm> group : byId.values()) {
      List<CompiledNorm> distinct = new ArrayList<>();
      for (CompiledNorm version : group) {
        if (distinct.stream().noneMatch(version::sameContentAs)) {
          distinct.add(version);
        }
      }
      if (distinct.size() == 1) {
        rules.add(new Effective(distinct.get(0).configuration(), distinct.get(0).rule()));
        continue;
      }
      resolveConflict(distinct, agreement, day, rules, conflicts);
    }
    return new Resolution(rules.build(), conflicts.build());
  }

  private void resolveConflict(List<CompiledNorm> all, Optional<CooperationAgreement> agreement,
      LocalDate day, ImmutableList.Builder<Effective> rules, ImmutableList.Builder<ConflictResolution> conflicts) {
    String normId = all.get(0).norm().id();
    List<CompiledNorm> candidates = all;
    // Steps that narrow the field without deciding are part of the story the explanation tells.
    StringBuilder narrowed = new StringBuilder();
    for (ResolutionStep step : policy.steps()) {
      List<CompiledNorm> winners = apply(step, candidates, agreement, day);
      if (winners.size() == 1) {
        CompiledNorm winner = winners.get(0);
        ConflictResolution resolution = resolution(normId, step, winner, all,
            narrowed.toString() + step + " chose " + coordinates(winner));
        conflicts.add(resolution);
        rules.add(new Effective(with(winner.configuration(), resolution), winner.rule()));
        return;
      }
      if (!winners.isEmpty() && winners.size() < candidates.size()) {
        List<CompiledNorm> kept = winners;
        narrowed.append(step).append(" set aside ")
            .append(candidates.stream().filter(c -> !kept.contains(c)).map(Resolver::coordinates).toList())
            .append("; ");
        candidates = winners;
      }
    }
    ResolutionStep fallback = policy.fallback();
    switch (fallback) {
      case STRICTER_PARAMETER -> {
        CompiledNorm base = candidates.get(0);
        Map<String, ParameterSetting> merged = new LinkedHashMap<>(base.configuration().parameters());
        for (CompiledNorm other : candidates.subList(1, candidates.size())) {
          other.configuration().parameters().forEach((name, setting) -> merged.merge(name, setting,
              (current, candidate) -> stricter(base.template(), current, candidate)));
        }
        ConflictResolution resolution = resolution(normId, fallback, base, all,
            narrowed.toString() + "no step decided; each parameter takes its stricter value " + merged.values());
        conflicts.add(resolution);
        ConfiguredRule configuration = new ConfiguredRule(base.norm(), base.configuration().pack(),
            base.configuration().layer(), merged, Optional.of(resolution), base.configuration().vocabulary());
        rules.add(new Effective(configuration, derive(base.template(), configuration)));
      }
      case BOTH_APPLY -> {
        for (CompiledNorm version : candidates) {
          ConflictResolution resolution = resolution(normId, fallback, version, all,
              "no step decided; every version applies, this one as " + normId + "@" + version.pack().id());
          conflicts.add(resolution);
          Norm renamed = Norm.builder().from(version.norm()).id(normId + "@" + version.pack().id()).build();
          ConfiguredRule configuration = new ConfiguredRule(renamed, version.configuration().pack(),
              version.configuration().layer(), version.configuration().parameters(), Optional.of(resolution),
              version.configuration().vocabulary());
          rules.add(new Effective(configuration, derive(version.template(), configuration)));
        }
      }
      default -> conflicts.add(resolution(normId, ResolutionStep.ESCALATE, candidates.get(0), all,
          "no step decided; escalated to a person, and no version applies until then"));
    }
  }

  private List<CompiledNorm> apply(ResolutionStep step, List<CompiledNorm> candidates,
      Optional<CooperationAgreement> agreement, LocalDate day) {
    return switch (step) {
      case AGREEMENT_CLAUSE -> byAgreement(candidates, agreement, day);
      case HIGHER_AUTHORITY -> keepBest(candidates, Comparator.comparing((CompiledNorm c) -> c.pack().layer()).reversed());
      case MORE_SPECIFIC -> keepBest(candidates,
          Comparator.comparingInt((CompiledNorm c) -> specificity(c.norm())).thenComparing(c -> c.pack().layer()));
      case LATER_VERSION -> laterVersion(candidates);
      default -> candidates;
    };
  }

  private static List<CompiledNorm> byAgreement(List<CompiledNorm> candidates,
      Optional<CooperationAgreement> agreement, LocalDate day) {
    List<CompiledNorm> ofAgreement = candidates.stream()
        .filter(c -> c.pack().layer() == AuthorityLevel.AGREEMENT).toList();
    if (!ofAgreement.isEmpty()) {
      return ofAgreement;
    }
    List<InstitutionId> precedence = agreement
        .flatMap(a -> a.clauseOn(day, GoverningRegulationsClause.class).or(
            () -> a.clauseOn(a.startDate(), GoverningRegulationsClause.class)))
        .map(GoverningRegulationsClause::precedence).orElse(List.of());
    Optional<Integer> best = candidates.stream()
        .filter(c -> c.pack().layer() == AuthorityLevel.INSTITUTION)
        .map(c -> c.pack().institution().map(precedence::indexOf).orElse(-1))
        .filter(index -> index >= 0).min(Comparator.naturalOrder());
    if (best.isEmpty()) {
      return candidates;
    }
    InstitutionId governing = precedence.get(best.get());
    return candidates.stream()
        .filter(c -> c.pack().layer() != AuthorityLevel.INSTITUTION
            || c.pack().institution().map(governing::equals).orElse(false))
        .toList();
  }

  private static List<CompiledNorm> keepBest(List<CompiledNorm> candidates, Comparator<CompiledNorm> order) {
    CompiledNorm best = candidates.stream().max(order).orElseThrow();
    return candidates.stream().filter(c -> order.compare(c, best) == 0).toList();
  }

  private static List<CompiledNorm> laterVersion(List<CompiledNorm> candidates) {
    String authority = candidates.get(0).norm().source().authority();
    boolean comparable = candidates.stream().allMatch(c -> c.norm().source().authority().equals(authority)
        && c.norm().source().issued().isPresent());
    if (!comparable) {
      return candidates;
    }
    return keepBest(candidates, Comparator.comparing((CompiledNorm c) -> c.norm().source().issued().orElseThrow()));
  }

  private static int specificity(Norm norm) {
    var applicability = norm.applicability();
    return (applicability.levels().isEmpty() ? 0 : 1) + (applicability.degreeTypes().isEmpty() ? 0 : 1)
        + (applicability.studyModes().isEmpty() ? 0 : 1) + (applicability.forms().isEmpty() ? 0 : 1);
  }

  private static ParameterSetting stricter(RuleTemplate template, ParameterSetting a, ParameterSetting b) {
    RuleTemplate.Strictness strictness = template.strictness(a.name());
    if (strictness == RuleTemplate.Strictness.NEITHER) {
      return a;
    }
    int comparison = compareValues(a.value(), b.value());
    boolean bStricter = strictness == RuleTemplate.Strictness.HIGHER ? comparison < 0 : comparison > 0;
    return bStricter ? b : a;
  }

  /** Compares whole numbers, or periods by their approximate length in days. */
  private static int compareValues(String a, String b) {
    try {
      return Long.compare(Long.parseLong(a.strip()), Long.parseLong(b.strip()));
    } catch (NumberFormatException notNumbers) {
      try {
        return Long.compare(days(java.time.Period.parse(a.strip())), days(java.time.Period.parse(b.strip())));
      } catch (java.time.format.DateTimeParseException notPeriods) {
        return 0;
      }
    }
  }

  // Months and days are added deliberately: periods are compared approximately, only for strictness.
  @SuppressWarnings("JavaPeriodGetDays")
  private static long days(java.time.Period period) {
    return period.toTotalMonths() * 30 + period.getDays();
  }

  private Rule derive(RuleTemplate template, ConfiguredRule configuration) {
    String key = configuration.toString() + configuration.norm();
    return derived.computeIfAbsent(key, k -> template.create(configuration));
  }

  private static ConfiguredRule with(ConfiguredRule configuration, ConflictResolution resolution) {
    return new ConfiguredRule(configuration.norm(), configuration.pack(), configuration.layer(),
        configuration.parameters(), Optional.of(resolution), configuration.vocabulary());
  }

  private static ConflictResolution resolution(String normId, ResolutionStep step, CompiledNorm chosen,
      List<CompiledNorm> all, String outcome) {
    List<String> overruled = all.stream().filter(c -> !c.equals(chosen)).map(c -> c.pack().coordinates()).toList();
    String sentence = "norm " + normId + " differs between " + all.stream().map(Resolver::coordinates).toList()
        + "; " + outcome;
    return new ConflictResolution(normId, step, chosen.pack().coordinates(), overruled, sentence);
  }

  private static String coordinates(CompiledNorm norm) {
    return norm.pack().coordinates() + " (" + norm.pack().layer() + ")";
  }
}
