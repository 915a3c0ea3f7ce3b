package org.jointcultivation.rules.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleContext;

/**
 * Runs a third party's rule or measure criterion within a time budget. It runs on a daemon thread of a shared
 * pool while the evaluation waits; past the budget the evaluation goes on without it, and the
 * thread is interrupted. A rule that ignores interruption keeps its thread busy until it returns:
 * Java cannot stop it, but it can no longer hold up an evaluation.
 */
public final class PluginGuard {
  private static final ExecutorService THREADS = Executors.newCachedThreadPool(new ThreadFactory() {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable work) {
      Thread thread = new Thread(work, "jointcultivation-plugin-rule-" + count.incrementAndGet());
      thread.setDaemon(true); // never keeps the JVM alive
      return thread;
    }
  });

  private final Duration budget;

  public PluginGuard(Duration budget) {
    this.budget = budget;
  }

  /** The budget. */
  public Duration budget() {
    return budget;
  }

  /**
   * The rule's findings, or the failure that stands for them: its own exception or error, or a
   * {@link TimeoutException} when it overran the budget.
   */
  public List<ObligationInstance> evaluate(Rule rule, RuleContext context) throws Throwable {
    return call(() -> rule.evaluate(context), "rule " + rule.id(), context.subject().toString());
  }

  /**
   * What {@code task}, a third party's code ({@code what}, e.g. {@code rule r1}), returns for
   * {@code subject}, or the failure that stands for it: its own exception or error, or a {@link
   * TimeoutException} when it overran the budget.
   */
  public <T> T call(Callable<T> task, String what, String subject) throws Throwable {
    Future<T> running = THREADS.submit(task);
    try {
      return running.get(budget.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      running.cancel(true);
      throw new TimeoutException(what + " did not return within its time budget of " + budget + " for " + subject);
    } catch (ExecutionException e) {
      throw e.getCause() == null ? e : e.getCause();
    } catch (InterruptedException e) {
      running.cancel(true);
      Thread.currentThread().interrupt(); // the caller's interruption stays visible to the caller
      throw e;
    }
  }
}
