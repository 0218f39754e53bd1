package dailypy.runner;

import java.time.Duration;

/**
 * Limits for one run. Defaults are close to snekbox and Judge0: 5 s of CPU time, 64 KiB of output.
 * Time is the CPU time of the user's code, so a verdict does not depend on how busy the machine
 * is; queue waits, interpreter start and context creation never count.
 *
 * <p>A question's and the operator's limits are CPU time on the reference machine
 * ({@link SpeedFactor}); each backend scales them by its measured speed ({@link #scaled}) before
 * it runs anything.
 *
 * @param cpuTime the CPU time of the user's code over the whole run, all tests included
 * @param outputBytes total captured output; more gives OUTPUT_LIMIT
 * @param testOutputChars output kept per test in the report
 * @param wallBackstop the wall time a run may take, for code that sleeps or blocks instead of
 *     using the CPU
 */
public record Limits(Duration cpuTime, int outputBytes, int testOutputChars,
    Duration wallBackstop) {

  public static final Limits DEFAULT = new Limits(Duration.ofSeconds(5), 64 * 1024, 2000);

  /** How many times the CPU limit a run may take in wall time, for code that sleeps or blocks. */
  public static final int WALL_BACKSTOP_FACTOR = 3;

  /**
   * A scaled limit is never below this (or below the reference limit when that is smaller): a
   * fast backend must still leave room for a library call's own overhead.
   */
  public static final Duration SCALED_FLOOR = Duration.ofSeconds(1);

  public Limits {
    if (cpuTime.isNegative() || cpuTime.isZero()) {
      throw new IllegalArgumentException("the time limit must be positive");
    }
    if (outputBytes <= 0 || testOutputChars <= 0) {
      throw new IllegalArgumentException("output limits must be positive");
    }
    if (wallBackstop.compareTo(cpuTime) < 0) {
      throw new IllegalArgumentException("the wall-time backstop must not be below the CPU limit");
    }
  }

  /** Limits whose wall-time backstop is {@value #WALL_BACKSTOP_FACTOR}× the CPU limit. */
  public Limits(Duration cpuTime, int outputBytes, int testOutputChars) {
    this(cpuTime, outputBytes, testOutputChars, cpuTime.multipliedBy(WALL_BACKSTOP_FACTOR));
  }

  /** The same limits with another CPU limit, and the wall-time backstop that goes with it. */
  public Limits withCpuTime(Duration cpu) {
    return new Limits(cpu, outputBytes, testOutputChars);
  }

  /**
   * These reference-machine limits on a backend that runs Python {@code factor} times as long
   * as the reference machine: the CPU limit is multiplied by it, but never below
   * {@link #SCALED_FLOOR} (or the reference limit, when that is smaller). The wall-time backstop
   * never shrinks: code that sleeps sleeps as long on a fast backend.
   */
  public Limits scaled(double factor) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("a speed factor must be positive, got " + factor);
    }
    long referenceNanos = cpuTime.toNanos();
    long floorNanos = Math.min(referenceNanos, SCALED_FLOOR.toNanos());
    long scaledNanos = Math.max(floorNanos, Math.round(referenceNanos * factor));
    Duration cpu = Duration.ofNanos(scaledNanos);
    Duration wall = cpu.multipliedBy(WALL_BACKSTOP_FACTOR);
    return new Limits(cpu, outputBytes, testOutputChars,
        wall.compareTo(wallBackstop) > 0 ? wall : wallBackstop);
  }
}
