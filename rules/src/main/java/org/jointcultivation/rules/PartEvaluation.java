package org.jointcultivation.rules;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.record.CultivationRecord;

/**
 * One run of {@link RuleEngine#evaluateParts}: reads parts on the caller's thread, evaluates up to
 * one per core at a time (each on one thread: side by side they keep the cores busy), and hands
 * the assessments to the sink in the order the parts came. At most one part per core more than
 * the cores are held, waiting for the sink, so memory is bounded by the parts' sizes, not their
 * number.
 */
final class PartEvaluation {
  /** A part read and submitted, and its assessment to come. */
  private record Pending(CultivationRecord part, Future<Assessment> assessment) {}

  private final CompiledRegulations regulations;
  private final LocalDate asOf;
  private final AssessmentSink sink;
  private final PartitionCheck check;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();

  PartEvaluation(CompiledRegulations regulations, LocalDate asOf, AssessmentSink sink) {
    this.regulations = regulations;
    this.asOf = asOf;
    this.sink = sink;
    this.check = new PartitionCheck(regulations.evaluatesInstitutions());
  }

  void run(Iterator<? extends CultivationRecord> parts) {
    int cores = Runtime.getRuntime().availableProcessors();
    if (!regulations.parallel() || cores == 1) {
      for (int index = 0; parts.hasNext(); index++) {
        CultivationRecord part = next(parts, index);
        check.admit(part, index);
        sink.accept(part, assess(regulations, part));
      }
      return;
    }
    CompiledRegulations oneThreadEach = regulations.sequential();
    ExecutorService workers = Executors.newFixedThreadPool(cores, daemonThreads());
    try {
      for (int index = 0; parts.hasNext(); index++) {
        CultivationRecord part = next(parts, index);
        try {
          check.admit(part, index);
        } catch (ValidationException e) {
          // Everything before the bad part is delivered first, as documented.
          deliverAll();
          throw e;
        }
        pending.add(new Pending(part, workers.submit(() -> assess(oneThreadEach, part))));
        if (pending.size() > cores) {
          deliver(pending.remove());
        }
      }
      deliverAll();
    } finally {
      workers.shutdownNow();
    }
  }

  private CultivationRecord next(Iterator<? extends CultivationRecord> parts, int index) {
    return Objects.requireNonNull(parts.next(), () -> "part " + index + " is null");
  }

  private Assessment assess(CompiledRegulations compiled, CultivationRecord part) {
    return Evaluation.of(compiled, part, asOf).toAssessment(part, asOf);
  }

  private void deliverAll() {
    while (!pending.isEmpty()) {
      deliver(pending.remove());
    }
  }

  private void deliver(Pending next) {
    Assessment assessment;
    try {
      assessment = next.assessment().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a part's assessment", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
    sink.accept(next.part(), assessment);
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "jointcultivation-part-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
