package org.jointcultivation.examples.bench;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.SampleProgramme;
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
 * One event added to the record of a student who already has {@code events} of them: the cost of
 * {@link CultivationRecord#withEvent} as one history grows. The baseline, in the same run, is what
 * the record did before 0.2.0: copy the student's list of events with the new one inserted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class WithEventBenchmark {
  @Param({"10000", "100000", "1000000"})
  public int events;

  private CultivationRecord record;
  private CultivationEvent arriving;
  private ImmutableList<CultivationEvent> history;

  @Setup(Level.Trial)
  public void setUp() {
    List<CultivationEvent> meetings = new ArrayList<>(events);
    LocalDate start = SampleProgramme.START;
    for (int i = 0; i < events; i++) {
      // Several a day: a history of a million fits in the model's calendar.
      meetings.add(SampleProgramme.meeting("M-" + i, start.plusDays(i / 20)).build());
    }
    record = SampleProgramme.builder().addEvents(meetings).build();
    // Arrives in the middle of the history, as a late record of an old meeting does.
    arriving = SampleProgramme.meeting("M-late", start.plusDays(events / 40)).build();
    history = ImmutableList.copyOf(record.eventsOf(SampleProgramme.STUDENT));
  }

  @Benchmark
  public CultivationRecord withEvent() {
    return record.withEvent(arriving);
  }

  @Benchmark
  public ImmutableList<CultivationEvent> baselineCopyOfTheHistory() {
    int at = Collections.binarySearch(history, arriving, CultivationRecord.EVENT_ORDER);
    int position = at >= 0 ? at : -at - 1;
    return ImmutableList.<CultivationEvent>builderWithExpectedSize(history.size() + 1)
        .addAll(history.subList(0, position)).add(arriving).addAll(history.subList(position, history.size())).build();
  }
}
