package dailypy.runner;

import java.time.Duration;

/**
 * Limits for one run. Defaults are close to snekbox and Judge0: 5 s wall time, 64 KiB of output.
 *
 * @param wallTime the whole run, user code and all tests
 * @param outputBytes total captured output; more gives OUTPUT_LIMIT
 * @param testOutputChars output kept per test in the report
 */
public record Limits(Duration wallTime, int outputBytes, int testOutputChars) {

  public static final Limits DEFAULT = new Limits(Duration.ofSeconds(5), 64 * 1024, 2000);

  public Limits {
    if (wallTime.isNegative() || wallTime.isZero()) {
      throw new IllegalArgumentException("wall time must be positive");
    }
    if (outputBytes <= 0 || testOutputChars <= 0) {
      throw new IllegalArgumentException("output limits must be positive");
    }
  }

  public Limits withWallTime(Duration wall) {
    return new Limits(wall, outputBytes, testOutputChars);
  }
}
