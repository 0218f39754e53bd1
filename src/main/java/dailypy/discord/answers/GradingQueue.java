package dailypy.discord.answers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs gradings off JDA's event threads. Each user has at most one grading in flight and waits a
 * short cooldown between two; {@link #waiting()} lets the caller say "queued" when others are ahead.
 */
public final class GradingQueue {
  private final ExecutorService executor;
  private final int threads;
  private final Clock clock;
  private final Duration cooldown;
  private final Map<Long, Boolean> inFlight = new ConcurrentHashMap<>();
  private final Map<Long, Instant> lastFinished = new ConcurrentHashMap<>();
  private final AtomicInteger queued = new AtomicInteger();

  public GradingQueue(int threads, Duration cooldown, Clock clock) {
    this.threads = threads;
    this.cooldown = cooldown;
    this.clock = clock;
    AtomicInteger n = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "grading-" + n.incrementAndGet());
      t.setDaemon(false);
      return t;
    });
  }

  /** Why a grading was not started. */
  public sealed interface Admission {}

  public record Accepted(int ahead) implements Admission {}

  public record AlreadyGrading() implements Admission {}

  public record CoolingDown(Duration left) implements Admission {}

  public record ShuttingDown() implements Admission {}

  /** Starts {@code work} for {@code userId} unless they have one in flight or are cooling down. */
  public Admission submit(long userId, Runnable work) {
    if (executor.isShutdown()) {
      return new ShuttingDown();
    }
    Instant last = lastFinished.get(userId);
    if (last != null) {
      Duration since = Duration.between(last, clock.instant());
      if (since.compareTo(cooldown) < 0) {
        return new CoolingDown(cooldown.minus(since));
      }
    }
    if (inFlight.putIfAbsent(userId, Boolean.TRUE) != null) {
      return new AlreadyGrading();
    }
    int ahead = Math.max(0, queued.getAndIncrement() - threads + 1);
    try {
      executor.execute(() -> {
        try {
          work.run();
        } finally {
          // the user is free again before the grading stops counting as waiting, so "nothing
          // waiting" means every user may answer again
          lastFinished.put(userId, clock.instant());
          inFlight.remove(userId);
          queued.decrementAndGet();
        }
      });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      queued.decrementAndGet();
      inFlight.remove(userId);
      return new ShuttingDown();
    }
    return new Accepted(ahead);
  }

  /** Gradings accepted but not finished. */
  public int waiting() {
    return queued.get();
  }

  /** Accepts no new work and waits (bounded) for the gradings in flight, so their results are saved. */
  public boolean shutdown(Duration wait) throws InterruptedException {
    executor.shutdown();
    return executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Interrupts the gradings still running after {@link #shutdown} gave up waiting for them. */
  public void shutdownNow() {
    executor.shutdownNow();
  }

  /** The user-facing text for a refused grading. */
  public static String refusal(Admission a) {
    return switch (a) {
      case AlreadyGrading x -> "⏳ Your previous answer is still being graded; wait for its result.";
      case CoolingDown c -> "⏳ Slow down a little: try again in " + Math.max(1, c.left().toSeconds()) + " s.";
      case ShuttingDown x -> "🔧 The bot is restarting; please try again in a minute.";
      case Accepted x -> "";
    };
  }
}
