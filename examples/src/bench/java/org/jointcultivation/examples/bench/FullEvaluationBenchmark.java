package org.jointcultivation.examples.bench;

import java.util.concurrent.TimeUnit;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.RuleEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole cohort evaluated as of the end of its three years against every standard regulation (21
 * norms, a sanction ladder and a reward), or with {@code -p pack=three-rules} the three rules of
 * the comparison; the time per cohort divided by its size gives students and events per second,
 * and its growth across sizes the slope.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class FullEvaluationBenchmark {
  @Param({"1000", "10000"})
  public int students;

  /** {@code standard} or {@code three-rules}; see {@link Workloads#pack}. */
  @Param({"standard"})
  public String pack;

  private RuleEngine engine;
  private Workloads.Workload workload;

  @Setup(Level.Trial)
  public void setUp() {
    engine = RuleEngine.builder().addPack(Workloads.pack(pack)).build();
    workload = Workloads.of(students);
  }

  @Benchmark
  public Assessment evaluateCohort() {
    return engine.evaluate(workload.record(), workload.asOf());
  }
}
