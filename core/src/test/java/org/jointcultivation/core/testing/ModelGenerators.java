package org.jointcultivation.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jointcultivation.core.event.CultivationEvent;
import org.quicktheories.core.Gen;

/** QuickTheories generators over the model, shared with other modules through the test-jar. */
public final class ModelGenerators {
  private ModelGenerators() {}

  /** Cohorts of 1 to {@code maxStudents} students, each from its own seed. */
  public static Gen<Cohort> cohorts(int maxStudents) {
    return longs().all()
        .zip(integers().between(1, maxStudents), CohortGenerator::generate)
        .describedAs(cohort -> "cohort(seed=" + cohort.seed() + ", students=" + cohort.students().size() + ")");
  }

  /** The cohort's events shuffled by {@code seed}. */
  public static List<CultivationEvent> shuffled(Cohort cohort, long seed) {
    List<CultivationEvent> events = new ArrayList<>(cohort.events());
    Collections.shuffle(events, new Random(seed));
    return events;
  }
}
