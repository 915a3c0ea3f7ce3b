package org.jointcultivation.examples.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.Cohort;
import org.jointcultivation.core.testing.CohortGenerator;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.RuleEngine;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Memory retained per student: by the record (its facts, events and indexes) and by the
 * assessment of it, each the growth of the heap used after full collections, divided by the number
 * of students. JMH reports them as secondary results ({@code recordBytesPerStudent}, {@code
 * assessmentBytesPerStudent}) next to the time of one measurement, which is of no interest.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
// One operation: the first outlasts the iteration, and heap figures need no warm-up.
@Measurement(iterations = 1, time = 1, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class FootprintBenchmark {
  @Param({"1000", "10000"})
  public int students;

  /** {@code standard} or {@code three-rules}; see {@link Workloads#pack}. */
  @Param({"standard"})
  public String pack;

  /** The secondary results. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Footprint {
    public long recordBytesPerStudent;
    public long assessmentBytesPerStudent;
  }

  @Benchmark
  public Object[] retainedBytes(Footprint footprint) {
    RuleEngine engine = RuleEngine.builder().addPack(Workloads.pack(pack)).build();
    long empty = usedAfterFullCollection();
    CultivationRecord record = record();
    long withRecord = usedAfterFullCollection();
    Assessment assessment = engine.evaluate(record, asOf());
    long withAssessment = usedAfterFullCollection();
    footprint.recordBytesPerStudent = (withRecord - empty) / students;
    footprint.assessmentBytesPerStudent = (withAssessment - withRecord) / students;
    return new Object[] {record, assessment}; // both stay reachable until all was measured
  }

  private CultivationRecord record() {
    // Built here rather than taken from Workloads, so that the generator's lists are not counted.
    Cohort cohort = CohortGenerator.generate(Workloads.SEED, students);
    return cohort.toRecord();
  }

  private LocalDate asOf() {
    return CohortGenerator.generate(Workloads.SEED, 1).asOf();
  }

  private static long usedAfterFullCollection() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    // Several collections, keeping the lowest figure: one may leave garbage a later one frees.
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
