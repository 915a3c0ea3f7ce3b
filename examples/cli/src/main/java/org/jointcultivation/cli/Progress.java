package org.jointcultivation.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Says what a long step is doing, and every few seconds that it still is, on the error stream. */
final class Progress {
  /** How often a running step says it still runs. */
  static final long EVERY_SECONDS = 5;

  private Progress() {}

  static <T> T during(PrintWriter err, String what, Supplier<T> step) {
    long start = System.nanoTime();
    err.println(what + "…");
    err.flush();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "progress");
      thread.setDaemon(true);
      return thread;
    });
    java.util.concurrent.ScheduledFuture<?> ticks = ticker.scheduleAtFixedRate(() -> {
      err.printf("… still %s (%d s)%n", what, (System.nanoTime() - start) / 1_000_000_000L);
      err.flush();
    }, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    try {
      T result = step.get();
      err.printf("%s: done in %.1f s%n", what, (System.nanoTime() - start) / 1e9);
      err.flush();
      return result;
    } finally {
      ticks.cancel(false);
      ticker.shutdownNow();
    }
  }
}
