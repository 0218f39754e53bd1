package dailypy.runner;

import java.time.Duration;

/**
 * Limits for one run. Defaults are close to snekbox and Judge0: 5 s of CPU time, 64 KiB of output.
 * Time is the CPU time of the user's code, so a verdict does not depend on how busy the machine
 * is; queue waits, interpreter start and context creation never count.
 *
 * @param cpuTime the CPU time of the user's code over the whole run, all tests included
 * @param outputBytes total captured output; more gives OUTPUT_LIMIT
 * @param testOutputChars output kept per test in the report
 */
public record Limits(Duration cpuTime, int outputBytes, int testOutputChars) {

  public static final Limits DEFAULT = new Limits(Duration.ofSeconds(5), 64 * 1024, 2000);

  public Limits {
    if (cpuTime.isNegative() || cpuTime.isZero()) {
      throw new IllegalArgumentException("the time limit must be positive");
    }
    if (outputBytes <= 0 || testOutputChars <= 0) {
      throw new IllegalArgumentException("output limits must be positive");
    }
  }

  /** How many times the CPU limit a run may take in wall time, for code that sleeps or blocks. */
  public static final int WALL_BACKSTOP_FACTOR = 3;

  public Limits withCpuTime(Duration cpu) {
    return new Limits(cpu, outputBytes, testOutputChars);
  }

  /** The wall-time backstop: catches code that sleeps or blocks instead of using the CPU. */
  public Duration wallBackstop() {
    return cpuTime.multipliedBy(WALL_BACKSTOP_FACTOR);
  }
}
