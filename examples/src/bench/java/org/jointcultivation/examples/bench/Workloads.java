package org.jointcultivation.examples.bench;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.Cohort;
import org.jointcultivation.core.testing.CohortGenerator;
import org.jointcultivation.examples.bench.threerules.ThreeRules;
import org.jointcultivation.rules.testing.RegulationPacks;

/**
 * The benchmark workloads: cohorts generated deterministically from one seed (dual tutors, an
 * agreement, about three years of events at realistic rates; see {@link CohortGenerator}), built
 * once per size and shared by every benchmark in the same JVM fork.
 */
public final class Workloads {
  public static final long SEED = 20261125L;
  private static final Map<Integer, Workload> BY_SIZE = new ConcurrentHashMap<>();

  private Workloads() {}

  public record Workload(Cohort cohort, CultivationRecord record, LocalDate asOf) {}

  /**
   * A pack by name: {@code standard}, every standard regulation ({@code RegulationPacks.all()}: 21
   * norms, a sanction ladder, a reward); {@code three-rules}, {@link ThreeRules#pack()}.
   */
  public static PolicyPack pack(String name) {
    return switch (name) {
      case "standard" -> RegulationPacks.all();
      case "three-rules" -> ThreeRules.pack();
      default -> throw new IllegalArgumentException("pack must be standard or three-rules, not " + name);
    };
  }

  public static Workload of(int students) {
    return BY_SIZE.computeIfAbsent(students, n -> {
      Cohort cohort = CohortGenerator.generate(SEED, n);
      return new Workload(cohort, cohort.toRecord(), cohort.asOf());
    });
  }
}
