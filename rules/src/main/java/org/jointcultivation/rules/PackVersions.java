package org.jointcultivation.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.TransitionClause;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.rules.spi.SubjectFacts;
import org.jspecify.annotations.Nullable;

/**
 * Which version of each pack is in force when: the dated packs of an engine, grouped by pack id,
 * and the spans of days over which every pack's version stays the same. A duty is judged under
 * the version in force on the day it arose (its first transition), or, when that version's
 * transition clause keeps earlier starters under the earlier version, on the day its subject
 * began. An engine whose packs are undated has one span, every day, and judges nothing again.
 */
final class PackVersions {
  /**
   * Days from {@code from} (inclusive, or from the beginning of time) until {@code until}
   * (exclusive, or for ever) over which no pack changes version.
   */
  record Span(Optional<LocalDate> from, Optional<LocalDate> until) {
    static final Span ALWAYS = new Span(Optional.empty(), Optional.empty());

    boolean contains(LocalDate day) {
      return from.map(f -> !day.isBefore(f)).orElse(true) && until.map(u -> day.isBefore(u)).orElse(true);
    }

    /** A day of the span, to ask which versions are in force over it. */
    LocalDate anyDay() {
      return from.orElseGet(() -> until.map(u -> u.minusDays(1)).orElse(LocalDate.of(2000, 1, 1)));
    }

    boolean always() {
      return from.isEmpty() && until.isEmpty();
    }
  }

  private final ImmutableList<Span> spans;
  /** The versions of each dated pack, by coordinates, each pointing at its whole chain by first day. */
  private final ImmutableMap<String, ImmutableList<PolicyPack>> chains;
  private final ImmutableList<LocalDate> boundaries;

  private PackVersions(List<Span> spans, Map<String, ImmutableList<PolicyPack>> chains, List<LocalDate> boundaries) {
    this.spans = ImmutableList.copyOf(spans);
    this.chains = ImmutableMap.copyOf(chains);
    this.boundaries = ImmutableList.copyOf(boundaries);
  }

  /**
   * The versions of {@code packs}.
   *
   * @throws RuleConfigurationException if one pack id is used by two packs of which one is undated,
   *     or whose periods in force overlap, or which belong to different layers
   */
  static PackVersions of(List<PolicyPack> packs) {
    Map<String, List<PolicyPack>> byId = new java.util.LinkedHashMap<>();
    packs.forEach(pack -> byId.computeIfAbsent(pack.id(), id -> new ArrayList<>()).add(pack));
    TreeSet<LocalDate> boundaries = new TreeSet<>();
    Map<String, ImmutableList<PolicyPack>> chains = new java.util.HashMap<>();
    for (List<PolicyPack> versions : byId.values()) {
      if (versions.size() > 1) {
        check(versions);
      }
      boolean dated = versions.stream().anyMatch(p -> p.effectiveFrom().isPresent() || p.effectiveTo().isPresent());
      if (!dated) {
        continue;
      }
      ImmutableList<PolicyPack> chain = ImmutableList.sortedCopyOf(
          Comparator.comparing((PolicyPack p) -> p.effectiveFrom().orElse(LocalDate.MIN)), versions);
      for (PolicyPack version : chain) {
        version.effectiveFrom().ifPresent(boundaries::add);
        version.effectiveTo().ifPresent(to -> boundaries.add(to.plusDays(1)));
        chains.put(version.coordinates(), chain);
      }
    }
    List<Span> spans = new ArrayList<>();
    Optional<LocalDate> from = Optional.empty();
    for (LocalDate boundary : boundaries) {
      spans.add(new Span(from, Optional.of(boundary)));
      from = Optional.of(boundary);
    }
    spans.add(new Span(from, Optional.empty()));
    return new PackVersions(spans, chains, List.copyOf(boundaries));
  }

  private static void check(List<PolicyPack> versions) {
    List<PolicyPack> sorted = new ArrayList<>(versions);
    for (PolicyPack version : sorted) {
      if (version.effectiveFrom().isEmpty()) {
        throw new RuleConfigurationException(version.coordinates(), null, "effectiveFrom",
            "pack id '" + version.id() + "' is used by " + versions.stream().map(PolicyPack::coordinates).toList()
                + ": several versions of one pack each need effectiveFrom, so that one is in force on any day");
      }
      if (version.layer() != sorted.get(0).layer() || !version.institution().equals(sorted.get(0).institution())
          || !version.agreement().equals(sorted.get(0).agreement())) {
        throw new RuleConfigurationException(version.coordinates(), null, "layer",
            "is a version of " + sorted.get(0).coordinates() + " but of another layer, institution or agreement;"
                + " versions of one pack must belong to the same authority");
      }
    }
    sorted.sort(Comparator.comparing((PolicyPack p) -> p.effectiveFrom().orElseThrow()));
    for (int i = 1; i < sorted.size(); i++) {
      PolicyPack earlier = sorted.get(i - 1);
      PolicyPack later = sorted.get(i);
      LocalDate laterFrom = later.effectiveFrom().orElseThrow();
      boolean overlaps = earlier.effectiveTo().map(to -> !to.isBefore(laterFrom)).orElse(false)
          || earlier.effectiveFrom().orElseThrow().equals(laterFrom);
      if (overlaps) {
        throw new RuleConfigurationException(later.coordinates(), null, "effectiveFrom",
            "is " + laterFrom + ", while " + earlier.coordinates() + " is in force from "
                + earlier.effectiveFrom().orElseThrow() + earlier.effectiveTo().map(to -> " to " + to).orElse("")
                + ": versions of one pack must not be in force on the same day");
      }
    }
  }

  /** Whether any pack is dated: if none, every duty is judged under the one version given. */
  boolean dated() {
    return spans.size() > 1;
  }

  /** The spans over which no pack changes version, in order; one span, every day, if none is dated. */
  List<Span> spans() {
    return spans;
  }

  /** The days on which some pack's version changes. */
  List<LocalDate> boundaries() {
    return boundaries;
  }

  /**
   * The day whose version judges {@code obligation}, found by the pack whose coordinates are
   * {@code pack}, for the subject of {@code facts}.
   */
  LocalDate judgingDay(ObligationInstance obligation, String pack, SubjectFacts facts) {
    LocalDate arose = obligation.transitions().get(0).date();
    List<PolicyPack> chain = chains.get(pack);
    if (chain == null) {
      return arose;
    }
    @Nullable PolicyPack inForce = chain.stream().filter(v -> v.inForceOn(arose)).findFirst().orElse(null);
    if (inForce == null
        || inForce.transition().orElse(TransitionClause.JUDGE_ACTS_BY_THEIR_DATE) != TransitionClause.EARLIER_STARTERS_KEEP_EARLIER_VERSION) {
      return arose;
    }
    LocalDate takesEffect = inForce.effectiveFrom().orElseThrow();
    Optional<LocalDate> began = began(facts);
    if (began.isEmpty() || !began.get().isBefore(takesEffect)) {
      return arose;
    }
    // Begun before any version was in force: the earliest version given is the one they began under.
    LocalDate first = chain.get(0).effectiveFrom().orElse(began.get());
    return began.get().isBefore(first) ? first : began.get();
  }

  /** The day a student's programme or an agreement's term began; nothing else has such a day. */
  private static Optional<LocalDate> began(SubjectFacts facts) {
    if (facts.subject() instanceof Subject.Student s) {
      return facts.record().student(s.id()).map(Student::startDate);
    }
    if (facts.subject() instanceof Subject.Agreement) {
      return facts.agreement().map(a -> a.startDate());
    }
    return Optional.empty();
  }
}
