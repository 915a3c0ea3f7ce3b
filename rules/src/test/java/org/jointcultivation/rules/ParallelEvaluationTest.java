package org.jointcultivation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.Cohort;
import org.jointcultivation.core.testing.CohortGenerator;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;

/** A large record's subjects run on every core; the assessment is the one a single thread makes. */
class ParallelEvaluationTest {
  private static final RuleEngine PARALLEL = RuleEngine.builder().addPack(RegulationPacks.all()).build();
  private static final RuleEngine SEQUENTIAL = RuleEngine.builder().addPack(RegulationPacks.all()).parallel(false)
      .build();

  @Test
  void property_onEveryCore_theAssessmentIsTheSequentialOne() {
    qt().withExamples(3).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
      // Enough students that the evaluation goes parallel (tutors and agreements count too).
      Cohort cohort = CohortGenerator.generate(seed, CompiledRegulations.PARALLEL_FROM);
      CultivationRecord record = cohort.toRecord();
      Assessment sequential = SEQUENTIAL.evaluate(record, cohort.asOf());
      Assessment parallel = PARALLEL.evaluate(record, cohort.asOf());
      assertTrue(sequential.obligations().size() > 10_000, "a cohort that exercises the rules");
      assertEquals(sequential, parallel);
      assertEquals(sequential.obligations(), parallel.obligations(), "in the same order");
      assertEquals(sequential.violations(), parallel.violations());
      assertEquals(sequential.proposals(), parallel.proposals());
    });
  }
}
