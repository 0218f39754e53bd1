package dailypy.runner.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample, in milliseconds. */
record Percentiles(double p50, double p90, double p99, double max, int n) {

  static Percentiles ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      return new Percentiles(0, 0, 0, 0, 0);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Percentiles(rank(sorted, 50), rank(sorted, 90), rank(sorted, 99),
        sorted[sorted.length - 1] / 1e6, sorted.length);
  }

  private static double rank(long[] sorted, int percentile) {
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  String format() {
    return String.format("p50 %.0f ms, p90 %.0f ms, p99 %.0f ms (n=%d)", p50, p90, p99, n);
  }
}
