package dailypy.runner;

import java.util.Locale;

/**
 * How long a backend takes to run Python on this host compared with the reference machine, as
 * measured by {@link Calibration}: 2.0 means twice as long, so every CPU limit is doubled there.
 *
 * <p>The reference is the embedded GraalPy backend (25.0, interpreter only) on the project's
 * 2-vCPU machine, where the bank's limits and stress cases were sized: there the calibration
 * workload takes {@link Calibration#REFERENCE_NANOS_PER_ITERATION} of CPU time per iteration.
 *
 * @param backend the backend it was measured on ("graalpy", "cpython")
 * @param factor the clamped factor limits are multiplied by
 * @param measuredCpuMillis the calibration workload's CPU time there (0 when not measured)
 */
public record SpeedFactor(String backend, double factor, long measuredCpuMillis) {

  /**
   * A fast backend's limits are never cut below a fifth. The calibration loop is interpreter
   * bound, where CPython measured about 25 times as fast as interpreter-only GraalPy here; code
   * that spends its time in native operations (slicing, big integers, sorting, NumPy) runs far
   * closer on the two, and a cut to a twenty-fifth would time out honest answers there.
   */
  public static final double MIN = 0.2;
  /** Slower than this is a host that should not grade; limits are never stretched more. */
  public static final double MAX = 20.0;
  /**
   * A ratio this close to the reference machine's (within ×1.25 either way) is the reference:
   * the calibration varies by about ±20% from one start to the next, and limits that moved
   * with that noise would move verdicts near the limit between two starts of the same bot.
   */
  public static final double SAME_AS_REFERENCE = 1.25;

  public SpeedFactor {
    if (!(factor >= MIN && factor <= MAX)) {
      throw new IllegalArgumentException("speed factor out of range: " + factor);
    }
  }

  /** No scaling: for backends that were not calibrated (tests, trusted tools). */
  public static SpeedFactor reference(String backend) {
    return new SpeedFactor(backend, 1.0, 0);
  }

  /**
   * The factor for a measured time ratio (measured / reference), clamped to [{@link #MIN},
   * {@link #MAX}]: a broken clock (zero, NaN) gives MIN, never an unlimited or zero limit. A
   * ratio within {@link #SAME_AS_REFERENCE} of 1 is 1.
   */
  public static SpeedFactor fromRatio(String backend, double ratio, long measuredCpuMillis) {
    if (ratio >= 1 / SAME_AS_REFERENCE && ratio <= SAME_AS_REFERENCE) {
      return new SpeedFactor(backend, 1.0, measuredCpuMillis);
    }
    double clamped = ratio > MIN ? Math.min(MAX, ratio) : MIN;
    return new SpeedFactor(backend, clamped, measuredCpuMillis);
  }

  /** The limits this backend applies for reference-machine limits. */
  public Limits scale(Limits reference) {
    return reference.scaled(factor);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s ×%.2f (calibration %d ms CPU)", backend, factor,
        measuredCpuMillis);
  }
}
