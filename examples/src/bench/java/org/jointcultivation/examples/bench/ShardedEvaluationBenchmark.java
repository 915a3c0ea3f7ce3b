package org.jointcultivation.examples.bench;

import java.util.concurrent.TimeUnit;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.Cohort;
import org.jointcultivation.core.testing.CohortGenerator;
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
 * A province or a nation evaluated the way it can be on one machine: one home college's record at
 * a time. Each measured iteration evaluates another department of 10³ students against every
 * standard regulation; the department is generated before the iteration, outside the timing, from
 * its own seed ({@link Workloads#SEED} plus its number), and dropped after it, so the heap holds
 * one department at a time. Departments share no tutor or agreement, so evaluating them apart
 * gives what one evaluation of them all would. The mean times the number of iterations is the
 * time for that many thousand students: {@code -i 100} for 10⁵, {@code -i 1000} for 10⁶.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 100)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class ShardedEvaluationBenchmark {
  /** {@code standard} or {@code three-rules}; see {@link Workloads#pack}. */
  @Param({"standard"})
  public String pack;

  private RuleEngine engine;
  private int department;
  private CultivationRecord record;
  private Cohort cohort;

  @Setup(Level.Trial)
  public void buildEngine() {
    engine = RuleEngine.builder().addPack(Workloads.pack(pack)).build();
  }

  @Setup(Level.Iteration)
  public void nextDepartment() {
    cohort = CohortGenerator.generate(Workloads.SEED + department++, CohortGenerator.DEPARTMENT);
    record = cohort.toRecord();
  }

  @Benchmark
  public Assessment evaluateDepartment() {
    return engine.evaluate(record, cohort.asOf());
  }
}
