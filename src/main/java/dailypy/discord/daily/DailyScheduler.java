package dailypy.discord.daily;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the daily poster's check at a fixed delay, starting only once the grader is ready: a
 * question posted before the runner can grade would have its first answers wait for a cold
 * start. The first check runs as soon as it is ready, so a bot that was down at post time posts
 * on its return.
 */
public final class DailyScheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DailyScheduler.class);

  private final ScheduledExecutorService executor;

  private DailyScheduler(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  /**
   * @param graderReady completes when the runner can grade at warm speed
   * @param check the poster's check (posts what is due)
   * @param every the delay between two checks
   */
  public static DailyScheduler start(CompletionStage<?> graderReady, Runnable check,
      Duration every) {
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "daily-scheduler");
      t.setDaemon(true);
      return t;
    });
    long millis = Math.max(1, every.toMillis());
    graderReady.whenComplete((ok, failure) -> {
      if (executor.isShutdown()) {
        return;
      }
      if (failure != null) {
        // Readiness never fails by design (a failed calibration falls back to unscaled limits);
        // if it does, posting late is better than never posting.
        LOG.warn("grader readiness failed; posting anyway", failure);
      }
      try {
        executor.scheduleWithFixedDelay(check, 0, millis, TimeUnit.MILLISECONDS);
        LOG.info("grader ready: daily posts start");
      } catch (java.util.concurrent.RejectedExecutionException stopped) {
        // closed while the grader was still warming up: nothing to post
      }
    });
    return new DailyScheduler(executor);
  }

  /** Stops checking; a post in progress is finished (bounded), so it is recorded. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn("daily post still running after 30 s; stopping it");
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
