package org.jointcultivation.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.Cohort;
import org.jointcultivation.core.testing.CohortGenerator;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The whole job on a local Flink cluster of two slots, streaming and batch: the library's answer either way. */
// CloseableIterator.close() may throw InterruptedException; a test thread is never interrupted.
@SuppressWarnings("try")
class AssessmentJobTest {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
      .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  @ParameterizedTest
  @EnumSource(value = RuntimeExecutionMode.class, names = {"STREAMING", "BATCH"})
  void theJob_onTwoSlots_endsWithTheLibrarysAssessment(RuntimeExecutionMode mode) throws Exception {
    Cohort cohort = CohortGenerator.generate(5, 6);
    CultivationRecord record = cohort.toRecord();
    LocalDate day = cohort.asOf();
    StreamExecutionEnvironment environment = AssessmentJob.environment(mode);
    environment.setParallelism(2);

    List<String> output = new ArrayList<>();
    var events = environment.fromData(AssessmentJob.eventsOf(record), Types.STRING);
    try (CloseableIterator<String> results = AssessmentJob.assess(events, events.filter(json -> false),
        CultivationJson.toJson(record), Programmes.PACKS_JSON, day, mode == RuntimeExecutionMode.BATCH)
        .executeAndCollect("assessments " + mode)) {
      results.forEachRemaining(output::add);
    }

    assertFalse(output.isEmpty());
    if (mode == RuntimeExecutionMode.BATCH) {
      // Each finding once, as of the day: one evaluation per subject.
      assertTrue(output.stream().map(FindingChange::fromJson).allMatch(c -> c.day().equals(day)), "all as of " + day);
      assertEquals(output.size(), Programmes.lastStates(output).size(), "no finding emitted twice");
    }
    java.util.Map<String, String> expected = Programmes.expected(record, day);
    java.util.Map<String, String> actual = Programmes.lastStates(output);
    org.junit.jupiter.api.Assertions.assertTrue(expected.keySet().stream().anyMatch(k -> k.contains(" proposal:")),
        "the cohort has proposals to compare");
    org.junit.jupiter.api.Assertions.assertTrue(expected.keySet().stream().anyMatch(k -> k.startsWith("training-per-semester/")),
        "and tutors' own duties");
    assertEquals(expected, actual, "differs at " + expected.entrySet().stream()
        .filter(e -> !e.getValue().equals(actual.get(e.getKey()))).limit(5).toList() + " and "
        + actual.entrySet().stream().filter(e -> !expected.containsKey(e.getKey())).limit(5).toList());
  }

  /** The example's own input, a facts file and a file of JSON lines read by Flink's file source, in batch. */
  @org.junit.jupiter.api.Test
  void fromFiles_inBatch_theLibrarysAssessment(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    Cohort cohort = CohortGenerator.generate(9, 8);
    CultivationRecord record = cohort.toRecord();
    java.nio.file.Path facts = dir.resolve("facts.json");
    java.nio.file.Path lines = dir.resolve("events.jsonl");
    EventFiles.write(record, facts, lines);
    assertEquals(record.events().size(), java.nio.file.Files.readAllLines(lines).size(), "one event per line");

    StreamExecutionEnvironment environment = AssessmentJob.environment(RuntimeExecutionMode.BATCH);
    environment.setParallelism(2);
    var events = EventFiles.read(environment, lines);
    List<String> output = new ArrayList<>();
    try (CloseableIterator<String> results = AssessmentJob.assess(events, events.filter(json -> false),
        java.nio.file.Files.readString(facts), Programmes.PACKS_JSON, cohort.asOf(), true)
        .executeAndCollect("assessments from files")) {
      results.forEachRemaining(output::add);
    }
    java.util.Map<String, String> expected = Programmes.expected(record, cohort.asOf());
    java.util.Map<String, String> actual = Programmes.lastStates(output);
    assertEquals(expected, actual, () -> "differs at " + expected.entrySet().stream()
        .filter(e -> !e.getValue().equals(actual.get(e.getKey()))).limit(5).toList() + " and "
        + actual.entrySet().stream().filter(e -> !expected.containsKey(e.getKey())).limit(5).toList());
  }

  /** Streaming with state in RocksDB, as a deployment keeps it: the same findings. */
  @org.junit.jupiter.api.Test
  void streaming_withStateInRocksDb_theLibrarysAssessment() throws Exception {
    Cohort cohort = CohortGenerator.generate(13, 5);
    CultivationRecord record = cohort.toRecord();
    org.apache.flink.configuration.Configuration settings = new org.apache.flink.configuration.Configuration();
    settings.setString("state.backend.type", "rocksdb");
    StreamExecutionEnvironment environment = AssessmentJob.environment(RuntimeExecutionMode.STREAMING, settings);
    environment.setParallelism(2);
    var events = environment.fromData(AssessmentJob.eventsOf(record), Types.STRING);
    List<String> output = new ArrayList<>();
    try (CloseableIterator<String> results = AssessmentJob.assess(events, events.filter(json -> false),
        CultivationJson.toJson(record.withoutEvents()), Programmes.PACKS_JSON, cohort.asOf(), false)
        .executeAndCollect("assessments in RocksDB")) {
      results.forEachRemaining(output::add);
    }
    assertEquals(Programmes.expected(record, cohort.asOf()), Programmes.lastStates(output));
  }
}
