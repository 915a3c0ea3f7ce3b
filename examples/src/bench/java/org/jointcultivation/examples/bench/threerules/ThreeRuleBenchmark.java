package org.jointcultivation.examples.bench.threerules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.examples.bench.Workloads;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * {@link ThreeRules} evaluated over a whole cohort by four contenders in the same run: our engine,
 * the hand-written loop (the floor), Drools and Easy Rules. Each starts from the same record and
 * returns the breaches; Drools and Easy Rules first copy the record into the flat facts they match
 * on, as they must in real use, and {@link #copyToFacts} times that copy alone. Set-up refuses to
 * measure a contender unless it finds exactly the breaches the loop finds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class ThreeRuleBenchmark {
  @Param({"1000", "10000"})
  public int students;

  private CultivationRecord record;
  private LocalDate asOf;
  private RuleEngine engine;
  private DroolsThreeRules drools;
  private EasyRulesThreeRules easyRules;

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    Workloads.Workload workload = Workloads.of(students);
    record = workload.record();
    asOf = workload.asOf();
    engine = RuleEngine.builder().addPack(ThreeRules.pack()).build();
    drools = DroolsThreeRules.compile();
    easyRules = new EasyRulesThreeRules();
    String measured = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    checkAgreesWithLoop(measured);
  }

  /**
   * Throws unless the measured contender finds the same breaches as the hand-written loop, and the
   * cohort breaches each rule; only the measured one is checked, so that a large cohort can be
   * measured for a contender without running the slowest one on it first.
   */
  void checkAgreesWithLoop(String measured) {
    Set<String> expected = handWrittenLoop();
    for (String rule : List.of(ThreeRules.MEETINGS, ThreeRules.AUTHORSHIP, ThreeRules.FIRST_MEETING)) {
      if (expected.stream().noneMatch(breach -> breach.startsWith(rule + "/"))) {
        throw new IllegalStateException("the cohort breaches no " + rule + ": the comparison would prove little");
      }
    }
    if (!List.of("ourEngine", "drools", "easyRules").contains(measured)) {
      return; // the loop itself, or the copy to facts: nothing to compare
    }
    Set<String> found = switch (measured) {
      case "ourEngine" -> ThreeRules.breachesOf(ourEngine());
      case "drools" -> new TreeSet<>(drools());
      default -> new TreeSet<>(easyRules());
    };
    if (!found.equals(expected)) {
      Set<String> missing = new TreeSet<>(expected);
      missing.removeAll(found);
      Set<String> extra = new TreeSet<>(found);
      extra.removeAll(expected);
      throw new IllegalStateException(measured + " disagrees with the hand-written loop: missing "
          + first(missing) + ", extra " + first(extra));
    }
    System.out.printf("%n%d students: %s finds the same %d breaches as the hand-written loop%n",
        students, measured, expected.size());
  }

  private static List<String> first(Set<String> breaches) {
    return breaches.stream().limit(5).toList();
  }

  @Benchmark
  public Assessment ourEngine() {
    return engine.evaluate(record, asOf);
  }

  @Benchmark
  public Set<String> handWrittenLoop() {
    return HandWrittenLoop.breaches(record, asOf);
  }

  @Benchmark
  public List<String> drools() {
    return drools.breaches(Facts.of(record, asOf));
  }

  @Benchmark
  public List<String> easyRules() {
    return easyRules.breaches(Facts.of(record, asOf));
  }

  @Benchmark
  public Facts.Cohort copyToFacts() {
    return Facts.of(record, asOf);
  }
}
