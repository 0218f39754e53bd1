package dailypy.runner.graal;

import java.util.Arrays;

/** A bounded record of recent service times, for benchmarks and health logging. */
final class ServiceTimes {

  private static final int CAPACITY = 10_000;
  private final long[] samples = new long[CAPACITY];
  private int count;

  synchronized void record(long nanos) {
    if (count < CAPACITY) {
      samples[count++] = nanos;
    }
  }

  synchronized long[] drain() {
    long[] out = Arrays.copyOf(samples, count);
    count = 0;
    return out;
  }
}
