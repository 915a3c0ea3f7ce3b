package org.jointcultivation.examples.bench;

import java.util.concurrent.TimeUnit;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.rules.RuleEngine;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Building an engine for the standard pack: what a portal pays once at start-up. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBuildBenchmark {
  private final PolicyPack pack = RegulationPacks.all();

  @Benchmark
  public RuleEngine buildEngine() {
    return RuleEngine.builder().addPack(pack).build();
  }
}
