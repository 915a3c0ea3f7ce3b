package org.jointcultivation.flink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.Cohort;
import org.jointcultivation.core.testing.CohortGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The job in batch (every subject evaluated once, as of the day: a nightly run or a regulation
 * change) on a local Flink cluster of two slots, reading the programme's events from a JSON-lines
 * file; beside it, in the same run, the library evaluating the same record on one machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class FlinkBatchBenchmark {
  private static final long SEED = 42;

  @Param({"1000"})
  public int students;

  @SuppressWarnings("NullAway.Init") // set up by JMH before any benchmark
  private String factsJson;
  @SuppressWarnings("NullAway.Init")
  private Path events;
  @SuppressWarnings("NullAway.Init")
  private LocalDate day;

  @Setup
  public void setUp() throws IOException {
    Cohort cohort = CohortGenerator.generate(SEED, students);
    CultivationRecord record = cohort.toRecord();
    day = cohort.asOf();
    Path dir = Files.createTempDirectory("flink-bench");
    Path facts = dir.resolve("facts.json");
    events = dir.resolve("events.jsonl");
    EventFiles.write(record, facts, events);
    factsJson = Files.readString(facts);
  }

  @Benchmark
  public long flinkBatchOnTwoSlots() throws Exception {
    StreamExecutionEnvironment environment = AssessmentJob.environment(RuntimeExecutionMode.BATCH);
    environment.setParallelism(2);
    var input = EventFiles.read(environment, events);
    AssessmentJob.assess(input, input.filter(json -> false), factsJson, Programmes.PACKS_JSON, day, true)
        .sinkTo(new DiscardingSink<>());
    JobExecutionResult result = environment.execute("benchmark " + students);
    return result.getNetRuntime();
  }

  /**
   * The same programme, department by department ({@code CohortGenerator.departments} merged is
   * {@code generate}), as a single machine evaluates a nation: {@code RuleEngine.evaluateParts}.
   */
  @Benchmark
  public long libraryOnOneMachine() {
    long[] obligations = {0};
    Programmes.ENGINE.evaluateParts(
        () -> CohortGenerator.departments(SEED, students).map(Cohort::toRecord).iterator(), day,
        (part, assessment) -> obligations[0] += assessment.obligations().size());
    return obligations[0];
  }
}
