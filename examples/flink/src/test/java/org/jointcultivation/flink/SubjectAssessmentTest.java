package org.jointcultivation.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.Cohort;
import org.jointcultivation.core.testing.CohortGenerator;
import org.junit.jupiter.api.Test;

/** The keyed function under Flink's operator test harness: timers, snapshots, and the library's answer. */
// The harness's close() may throw InterruptedException; a test thread is never interrupted.
@SuppressWarnings("try")
class SubjectAssessmentTest {
  private static KeyedBroadcastOperatorTestHarness<String, Tuple2<String, String>, String, String> harness(CultivationRecord record,
      LocalDate until) throws Exception {
    // Not yet opened: a restored harness must be given its state first.
    return new KeyedBroadcastOperatorTestHarness<>(
        new CoBroadcastWithKeyedOperator<>(
            new SubjectAssessment(CultivationJson.toJson(record), Programmes.PACKS_JSON, until),
            List.of(SubjectAssessment.RELEASES)),
        routed -> routed.f0, Types.STRING, 1, 1, 0);
  }

  /** Opens the harness; the releases input never holds the watermark back, as in the job. */
  private static void open(KeyedBroadcastOperatorTestHarness<String, Tuple2<String, String>, String, String> harness)
      throws Exception {
    harness.open();
    harness.processBroadcastWatermark(Long.MAX_VALUE);
  }

  /** Routes each event as the job does, to every subject whose rules read it. */
  private static void feed(KeyedBroadcastOperatorTestHarness<String, Tuple2<String, String>, String, String> harness,
      CultivationRecord facts, List<String> events) throws Exception {
    for (String json : events) {
      org.jointcultivation.core.event.CultivationEvent event =
          CultivationJson.fromJson(json, org.jointcultivation.core.event.CultivationEvent.class);
      for (String key : SubjectPart.keysOf(facts, event)) {
        harness.processElement(Tuple2.of(key, json), SubjectAssessment.millisOf(event.date()));
      }
    }
  }

  @Test
  void timers_fireWhenADayPasses_withNoNewEvent() throws Exception {
    Cohort cohort = CohortGenerator.generate(11, 1);
    CultivationRecord record = cohort.toRecord();
    LocalDate cut = record.students().iterator().next().startDate().plusMonths(5);
    List<String> early = AssessmentJob.eventsOf(record).stream()
        .filter(json -> CultivationJson.fromJson(json, org.jointcultivation.core.event.CultivationEvent.class)
            .date().isBefore(cut)).toList();
    try (var harness = harness(record, cohort.asOf())) {
      open(harness);
      feed(harness, record, early);
      harness.processWatermark(SubjectAssessment.millisOf(cut));
      int seen = harness.extractOutputValues().size();
      assertTrue(harness.numEventTimeTimers() > 0, "a timer waits for the next change");

      harness.processWatermark(SubjectAssessment.millisOf(cut.plusYears(1)));

      List<String> later = harness.extractOutputValues().subList(seen, harness.extractOutputValues().size());
      assertFalse(later.isEmpty(), "a year without events changes something");
      assertTrue(later.stream().map(FindingChange::fromJson).allMatch(c -> c.day().isAfter(cut)), later.toString());
      assertTrue(later.stream().map(FindingChange::fromJson).anyMatch(c -> c.state().equals(java.util.Optional.of("VIOLATED"))),
          "duties fall due unmet: " + later);
    }
  }

  @Test
  void snapshotAndRestore_keepTheState_theResultIsTheSame() throws Exception {
    Cohort cohort = CohortGenerator.generate(12, 3);
    CultivationRecord record = cohort.toRecord();
    List<String> events = AssessmentJob.eventsOf(record);
    List<String> first = events.subList(0, events.size() / 2);
    List<String> second = events.subList(events.size() / 2, events.size());
    List<String> uninterrupted;
    try (var harness = harness(record, cohort.asOf())) {
      open(harness);
      feed(harness, record, events);
      harness.processWatermark(SubjectAssessment.millisOf(cohort.asOf()));
      uninterrupted = new ArrayList<>(harness.extractOutputValues());
    }

    OperatorSubtaskState snapshot;
    List<String> output = new ArrayList<>();
    try (var harness = harness(record, cohort.asOf())) {
      open(harness);
      feed(harness, record, first);
      snapshot = harness.snapshot(1L, 1L);
      output.addAll(harness.extractOutputValues());
    }
    try (var restored = harness(record, cohort.asOf())) {
      restored.setup();
      restored.initializeState(snapshot);
      restored.open();
      restored.processBroadcastWatermark(Long.MAX_VALUE);
      feed(restored, record, second);
      restored.processWatermark(SubjectAssessment.millisOf(cohort.asOf()));
      output.addAll(restored.extractOutputValues());
    }

    assertEquals(Programmes.lastStates(uninterrupted), Programmes.lastStates(output));
    assertFalse(Programmes.lastStates(output).isEmpty());
  }

  @Test
  void property_theJobsLastWord_isTheLibrarysAssessment() {
    qt().withExamples(5).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
      Cohort cohort = CohortGenerator.generate(seed, 4);
      CultivationRecord record = cohort.toRecord();
      // Up to two years past the last event, where only timers move the assessment on.
      LocalDate day = LocalDate.of(2021, 9, 1).plusDays(seed % 2600);
      // The stream so far: every event up to the day, then the day's watermark.
      List<String> upToTheDay = AssessmentJob.eventsOf(record).stream()
          .filter(json -> !CultivationJson.fromJson(json, org.jointcultivation.core.event.CultivationEvent.class)
              .date().isAfter(day)).toList();
      try (var harness = harness(record, day)) {
        open(harness);
        feed(harness, record, upToTheDay);
        harness.processWatermark(SubjectAssessment.millisOf(day));
        assertEquals(Programmes.expected(record, day), Programmes.lastStates(harness.extractOutputValues()),
            "seed " + seed + " on " + day);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  /**
   * A cohort where trainees' awards are proposed for their tutors too: the tutor's key must emit
   * proposals its students' policies make (the random cohorts above rarely have one).
   */
  @Test
  void aTraineesAwardProposedForTheTutors_isEmittedUnderTheTutorsKey() throws Exception {
    Cohort cohort = CohortGenerator.generate(9, 8);
    CultivationRecord record = cohort.toRecord();
    LocalDate day = cohort.asOf();
    java.util.Map<String, String> expected = Programmes.expected(record, day);
    assertTrue(expected.keySet().stream().anyMatch(k -> k.startsWith("AG-") && k.contains(" proposal:excellent-trainee/")),
        "the cohort has a trainee's award proposed for a tutor");
    try (var harness = harness(record, day)) {
      open(harness);
      feed(harness, record, AssessmentJob.eventsOf(record));
      harness.processWatermark(SubjectAssessment.millisOf(day));
      assertEquals(expected, Programmes.lastStates(harness.extractOutputValues()));
    }
  }

  @Test
  void aNewRelease_reevaluatesEveryStudentHeld_andARefusedOneChangesNothing() throws Exception {
    Cohort cohort = CohortGenerator.generate(14, 3);
    CultivationRecord record = cohort.toRecord();
    LocalDate day = cohort.asOf();
    org.jointcultivation.core.norm.PolicyPack all = Programmes.PACKS.get(0);
    org.jointcultivation.core.norm.PolicyPack fewer = org.jointcultivation.core.norm.PolicyPack.builder().from(all)
        .version(all.version() + "-fewer").norms(all.norms().subList(0, 3)).build();
    try (var harness = harness(record, day)) {
      open(harness);
      feed(harness, record, AssessmentJob.eventsOf(record));
      harness.processWatermark(SubjectAssessment.millisOf(day));
      List<String> before = new ArrayList<>(harness.extractOutputValues());
      assertEquals(Programmes.expected(record, day), Programmes.lastStates(before));

      harness.processBroadcastElement("{\"version\":\"broken\",\"packs\":[{\"id\":\"X\"}]}", 1L);
      assertEquals(before, harness.extractOutputValues(), "a refused release changes nothing");
      assertEquals(1, harness.getSideOutput(SubjectAssessment.REFUSED_RELEASES).size());

      harness.processBroadcastElement(new PackRelease("2026.2", List.of(fewer)).toJson(), 2L);

      org.jointcultivation.rules.RuleEngine fewerEngine =
          org.jointcultivation.rules.RuleEngine.builder().addPack(fewer).build();
      java.util.Map<String, String> expected = Programmes.expected(fewerEngine, record, day);
      assertEquals(expected, Programmes.lastStates(harness.extractOutputValues()),
          "every student held, judged again under the release, the dropped norms' duties gone");
    }
  }
}
