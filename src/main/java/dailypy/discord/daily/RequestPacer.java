package dailypy.discord.daily;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Spaces the daily fan-out's requests evenly at a fixed rate. Discord's global limit (50 requests
 * a second for the whole bot) answers a burst with 429s and a pause for every request in flight;
 * pacing below it keeps replies and result messages flowing while thousands of guilds get their
 * post. JDA's own limiter only reacts to limits it has already hit. A restarted bot's catch-up
 * ({@code answers.MissedAnswers}) is paced the same way.
 */
public final class RequestPacer {
  /** Sleeps; a seam so the arithmetic is tested without waiting. */
  interface Sleeper {
    void sleepNanos(long nanos) throws InterruptedException;
  }

  private final long intervalNanos;
  private final LongSupplier clock;
  private final Sleeper sleeper;
  private long next;

  public RequestPacer(double perSecond) {
    this(perSecond, System::nanoTime, nanos -> Thread.sleep(Duration.ofNanos(nanos)));
  }

  RequestPacer(double perSecond, LongSupplier clock, Sleeper sleeper) {
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException("a pace must be above zero requests per second");
    }
    this.intervalNanos = Math.max(1, Math.round(1e9 / perSecond));
    this.clock = clock;
    this.sleeper = sleeper;
    this.next = clock.getAsLong();
  }

  /**
   * Waits for this request's slot. Slots a quiet spell left unused are not saved up, so a burst
   * after a pause is paced like any other.
   */
  void await() throws InterruptedException {
    long wait;
    synchronized (this) {
      long now = clock.getAsLong();
      long slot = Math.max(next, now);
      next = slot + intervalNanos;
      wait = slot - now;
    }
    if (wait > 0) {
      sleeper.sleepNanos(wait);
    }
  }

  /** {@link #await()} for callers that cannot throw: an interrupt is kept for the caller to see. */
  public void awaitUninterruptibly() {
    try {
      await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
