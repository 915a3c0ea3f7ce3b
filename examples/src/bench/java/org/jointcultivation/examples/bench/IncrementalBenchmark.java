package org.jointcultivation.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.Cohort;
import org.jointcultivation.core.testing.CohortGenerator;
import org.jointcultivation.rules.EvaluationSession;
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
 * One event applied to an open session: the cohort's last supervision meeting, the commonest event,
 * held back when the session was opened, arrives and the changed assessment comes back. Sessions
 * are immutable, so every call applies the same event to the same session. The baseline is adding
 * the event to the record alone, measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class IncrementalBenchmark {
  @Param({"1000", "10000"})
  public int students;

  /** {@code standard} or {@code three-rules}; see {@link Workloads#pack}. */
  @Param({"standard"})
  public String pack;

  private EvaluationSession session;
  private CultivationEvent arriving;

  @Setup(Level.Trial)
  public void setUp() {
    RuleEngine engine = RuleEngine.builder().addPack(Workloads.pack(pack)).build();
    // Not Workloads.of: a second full record next to the session's would not fit at 10^5 students.
    Cohort cohort = CohortGenerator.generate(Workloads.SEED, students);
    List<CultivationEvent> events = new ArrayList<>(cohort.events());
    events.sort(CultivationRecord.EVENT_ORDER);
    int last = events.size() - 1;
    while (!(events.get(last) instanceof SupervisionMeetingHeld)) {
      last--;
    }
    arriving = events.remove(last);
    CultivationRecord before = cohort.factsBuilder().addEvents(events).build();
    session = engine.openSession(before, cohort.asOf());
  }

  @Benchmark
  public EvaluationSession applyOneEvent() {
    return session.apply(arriving);
  }

  @Benchmark
  public CultivationRecord baselineRecordWithEvent() {
    return session.record().withEvent(arriving);
  }
}
