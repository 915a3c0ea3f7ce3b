package org.jointcultivation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.Cohort;
import org.jointcultivation.core.testing.CohortGenerator;
import org.jointcultivation.core.testing.ModelGenerators;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;

/** Evaluation is a pure function: of the facts only, not of their order, the thread, or other students. */
class AssessmentPropertiesTest {
  private static final RuleEngine ENGINE = RuleEngine.builder().addPack(RegulationPacks.all()).build();

  @Test
  void evaluate_doesNotDependOnTheOrderEventsArrived() {
    qt().withExamples(15)
        .forAll(ModelGenerators.cohorts(25), longs().all())
        .checkAssert((cohort, shuffle) -> {
          Assessment inOrder = ENGINE.evaluate(cohort.toRecord(), cohort.asOf());
          Assessment shuffled = ENGINE.evaluate(cohort.toRecord(ModelGenerators.shuffled(cohort, shuffle)), cohort.asOf());
          assertEquals(inOrder, shuffled);
          assertFalse(inOrder.obligations().isEmpty());
        });
  }

  @Test
  void evaluate_twice_givesEqualAssessments() {
    qt().withExamples(15)
        .forAll(ModelGenerators.cohorts(25), integers().between(0, 1200))
        .checkAssert((cohort, daysAfterStart) -> {
          var day = cohort.asOf().minusDays(daysAfterStart);
          CultivationRecord record = cohort.toRecord();
          Assessment first = ENGINE.evaluate(record, day);
          Assessment second = ENGINE.evaluate(record, day);
          assertEquals(first, second);
          assertEquals(first.hashCode(), second.hashCode());
        });
  }

  @Test
  void evaluate_onManyThreads_givesTheSameAsOne() throws Exception {
    Cohort cohort = CohortGenerator.generate(11, 300);
    CultivationRecord record = cohort.toRecord();
    Assessment sequential = ENGINE.evaluate(record, cohort.asOf());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Assessment>> tasks = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        tasks.add(() -> ENGINE.evaluate(record, cohort.asOf()));
      }
      for (Future<Assessment> result : pool.invokeAll(tasks)) {
        assertEquals(sequential, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void studentAssessment_dependsOnlyOnThatStudentsFactsAndSharedAgreements() {
    qt().withExamples(10)
        .forAll(ModelGenerators.cohorts(25), integers().between(0, 24))
        .checkAssert((cohort, pick) -> {
          StudentId student = cohort.students().get(pick % cohort.students().size()).id();
          Assessment whole = ENGINE.evaluate(cohort.toRecord(), cohort.asOf());
          Assessment alone = ENGINE.evaluate(alone(cohort, student), cohort.asOf());
          assertEquals(whole.obligationsOf(student), alone.obligationsOf(student));
          assertEquals(whole.proposalsFor(student), alone.proposalsFor(student));
        });
  }

  /** The cohort's shared facts (institutions, tutors, agreements and their events) and one student's own. */
  private static CultivationRecord alone(Cohort cohort, StudentId student) {
    CultivationRecord.Builder builder = CultivationRecord.builder();
    cohort.institutions().forEach(builder::addInstitution);
    cohort.tutors().forEach(builder::addTutor);
    cohort.agreements().forEach(builder::addAgreement);
    cohort.students().stream().filter(s -> s.id().equals(student)).forEach(builder::addStudent);
    cohort.candidacies().stream().filter(c -> c.student().equals(student)).forEach(builder::addCandidacy);
    cohort.assignments().stream().filter(a -> a.student().equals(student)).forEach(builder::addAssignment);
    cohort.placements().stream().filter(p -> p.student().equals(student)).forEach(builder::addPlacement);
    for (CultivationEvent event : cohort.events()) {
      var students = event.references().students();
      if (students.isEmpty() || students.contains(student)) {
        builder.addEvent(event);
      }
    }
    return builder.build();
  }
}
