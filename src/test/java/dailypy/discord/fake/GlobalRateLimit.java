package dailypy.discord.fake;

/**
 * Discord's global rate limit as the fake enforces it: at most {@code perSecond} requests in each
 * one-second window, the rest refused with a 429 that says {@code "global": true}. Off (no limit)
 * until a test sets one.
 */
final class GlobalRateLimit {
  private int perSecond;
  private long windowStart;
  private int inWindow;
  private int hits;

  synchronized void set(int perSecond) {
    this.perSecond = perSecond;
  }

  /** Whether one more request fits now; a refusal is counted. */
  synchronized boolean admit() {
    if (perSecond <= 0) {
      return true;
    }
    long now = System.nanoTime();
    if (now - windowStart >= 1_000_000_000L) {
      windowStart = now;
      inWindow = 0;
    }
    if (inWindow < perSecond) {
      inWindow++;
      return true;
    }
    hits++;
    return false;
  }

  synchronized int hits() {
    return hits;
  }

  /** The body of a refusal: the wait is the rest of the current window. */
  synchronized String refusal() {
    double retry = Math.max(0.001, (1_000_000_000L - (System.nanoTime() - windowStart)) / 1e9);
    return "{\"message\":\"You are being rate limited.\",\"retry_after\":" + String.format(java.util.Locale.ROOT,
        "%.3f", retry) + ",\"global\":true}";
  }
}
