package org.jointcultivation.examples.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.Cohort;
import org.jointcultivation.core.testing.CohortGenerator;
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
 * A nation, or a province, from generation to findings in one pass, holding a few departments at
 * a time: {@link CohortGenerator#departments} makes each department of 10³ students when it is
 * reached, and {@link RuleEngine#evaluateParts} evaluates the departments side by side, handing
 * each one's assessment to a sink that keeps only counts. One single shot per fork: at 10⁶
 * students the run is its own warm-up.
 *
 * <ul>
 *   <li>{@code generateOnly}: the departments generated and built into records, nothing
 *       evaluated: what the input alone costs.
 *   <li>{@code evaluateParts}: generated, built and evaluated with {@code evaluateParts}.
 *   <li>{@code evaluateOneAtATime}: generated, built and evaluated one department after another
 *       with {@code evaluate} (each evaluation using both cores inside): the way a nation was
 *       evaluated before {@code evaluateParts}.
 * </ul>
 *
 * <p>{@code -p students=1000000 -jvmArgs -Xmx8g} is the national run of the README.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class NationalEvaluationBenchmark {
  @Param({"100000"})
  public int students;

  /** {@code standard} or {@code three-rules}; see {@link Workloads#pack}. */
  @Param({"standard"})
  public String pack;

  private RuleEngine engine;
  private LocalDate asOf;

  /** Counts what the sink saw, so that nothing is optimised away and the runs can be compared. */
  public static final class Totals {
    long parts;
    long obligations;
    long violations;

    @Override
    public String toString() {
      return parts + " parts, " + obligations + " obligations, " + violations + " violations";
    }
  }

  @Setup(Level.Trial)
  public void buildEngine() {
    engine = RuleEngine.builder().addPack(Workloads.pack(pack)).build();
    asOf = CohortGenerator.generate(Workloads.SEED, 1).asOf();
  }

  private Iterable<CultivationRecord> departments() {
    return () -> CohortGenerator.departments(Workloads.SEED, students).map(Cohort::toRecord).iterator();
  }

  @Benchmark
  public long generateOnly() {
    long events = 0;
    for (CultivationRecord department : departments()) {
      events += department.events().size();
    }
    return events;
  }

  @Benchmark
  public Totals evaluateParts() {
    Totals totals = new Totals();
    engine.evaluateParts(departments(), asOf, (department, assessment) -> {
      totals.parts++;
      totals.obligations += assessment.obligations().size();
      totals.violations += assessment.violations().size();
    });
    return totals;
  }

  @Benchmark
  public Totals evaluateOneAtATime() {
    Totals totals = new Totals();
    for (CultivationRecord department : departments()) {
      var assessment = engine.evaluate(department, asOf);
      totals.parts++;
      totals.obligations += assessment.obligations().size();
      totals.violations += assessment.violations().size();
    }
    return totals;
  }
}
