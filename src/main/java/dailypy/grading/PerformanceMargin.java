package dailypy.grading;

import java.util.Locale;

/**
 * How a performance question's timings sit against its limit on one backend: the fairness rule
 * is that the declared TIMEOUT answer needs more than {@link FairnessProbe#FACTOR}× the limit
 * and the reference at most a {@link FairnessProbe#FACTOR}th of it. Every time is the CPU time
 * the runner measured for the user's code ({@code RunResult.durationMillis}), never wall time.
 *
 * @param backend where it was measured
 * @param limitMillis the CPU limit that applied there (the question's limit scaled by the
 *     backend's speed)
 * @param referenceMillis the reference solution's CPU time
 * @param wrongName the TIMEOUT wrong solution
 * @param wrongMillis its CPU time when it finished within the probe's longer limit, or -1 when
 *     it timed out there too
 * @param probeLimitMillis the longer limit it was given, or 0 when it was not probed here
 */
public record PerformanceMargin(String backend, long limitMillis, long referenceMillis,
    String wrongName, long wrongMillis, long probeLimitMillis) {

  public boolean probed() {
    return probeLimitMillis > 0;
  }

  /** The reference used at most a fifth of the limit. */
  public boolean referenceFair() {
    return referenceMillis * FairnessProbe.FACTOR <= limitMillis;
  }

  /** The slow answer still timed out with at least five times the limit. */
  public boolean wrongFair() {
    return probed() && wrongMillis < 0
        && probeLimitMillis >= FairnessProbe.FACTOR * limitMillis;
  }

  /**
   * One line: "cpython  reference 60 ms  limit 1000 ms  margin 16.7×  wrong solution > 5×: yes".
   * A reference under the clock's resolution (CPython's {@code /proc} counts 10 ms ticks)
   * reads 0 ms and its margin "—".
   */
  public String describe() {
    String margin = referenceMillis == 0 ? "—"
        : String.format(Locale.ROOT, "%.1f×", (double) limitMillis / referenceMillis);
    String wrong;
    if (!probed()) {
      wrong = "not probed";
    } else if (wrongFair()) {
      wrong = "yes";
    } else if (wrongMillis < 0) {
      wrong = String.format(Locale.ROOT, "no (probe limit only %d ms)", probeLimitMillis);
    } else {
      wrong = String.format(Locale.ROOT, "no (finished in %d ms, %.1f× the limit)", wrongMillis,
          (double) wrongMillis / Math.max(1, limitMillis));
    }
    return String.format(Locale.ROOT,
        "%-8s reference %5d ms  limit %5d ms  margin %6s  wrong solution > %d×: %s",
        backend, referenceMillis, limitMillis, margin, FairnessProbe.FACTOR, wrong);
  }
}
