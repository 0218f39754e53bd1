package dailypy.discord.fake;

import java.util.concurrent.atomic.AtomicLong;

/** Real-looking Discord snowflakes: milliseconds since the Discord epoch shifted left by 22 bits. */
public final class Snowflakes {
  private static final long DISCORD_EPOCH = 1420070400000L;
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private Snowflakes() {}

  public static long next() {
    long millis = System.currentTimeMillis() - DISCORD_EPOCH;
    return (millis << 22) | (1L << 17) | (SEQUENCE.incrementAndGet() & 0xFFF);
  }

  /**
   * The {@code i}-th of a series of ids whose timestamps are one millisecond apart, so that
   * consecutive ids fall on consecutive shards ({@code (id >> 22) % total}).
   */
  public static long spread(int i) {
    long millis = System.currentTimeMillis() - DISCORD_EPOCH - 86_400_000L + i;
    return (millis << 22) | (2L << 17) | (SEQUENCE.incrementAndGet() & 0xFFF);
  }

  public static String nextString() {
    return Long.toUnsignedString(next());
  }
}
