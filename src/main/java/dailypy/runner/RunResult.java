package dailypy.runner;

import dailypy.verdict.Verdict;
import java.util.List;

/**
 * The outcome of one run; the schema is documented in docs/result-schema.md.
 *
 * @param verdict the overall verdict
 * @param message a one-line explanation for the user (empty on PASSED)
 * @param tests per-test results in declaration order
 * @param output what the user's code printed outside the tests, capped
 * @param error the exception or syntax error, when there was one
 * @param violation the broken rule for FORBIDDEN and SANDBOX
 * @param durationMillis the CPU time of the user's code (never queue waits or interpreter start)
 * @param backend which backend ran it
 * @param cpuLimitMillis the CPU limit that applied on that backend (the question's limit scaled
 *     by the backend's speed factor), 0 when nothing ran
 */
public record RunResult(
    Verdict verdict,
    String message,
    List<TestResult> tests,
    String output,
    ErrorInfo error,
    Violation violation,
    long durationMillis,
    String backend,
    long cpuLimitMillis) {

  public RunResult {
    tests = List.copyOf(tests);
    message = message == null ? "" : message;
    output = output == null ? "" : output;
  }

  /** A result with no limit recorded (nothing ran, or it is filled in by the runner). */
  public RunResult(Verdict verdict, String message, List<TestResult> tests, String output,
      ErrorInfo error, Violation violation, long durationMillis, String backend) {
    this(verdict, message, tests, output, error, violation, durationMillis, backend, 0);
  }

  /** This result with the CPU limit that applied. */
  public RunResult withCpuLimit(long millis) {
    return new RunResult(verdict, message, tests, output, error, violation, durationMillis,
        backend, millis);
  }

  /**
   * Which backend graded and the limit that applied, for every front end: "CPython · limit
   * 1.5 s CPU". Empty when no interpreter graded (quiz letters, output predictions, BUSY).
   */
  public String gradedBy() {
    String name = switch (backend == null ? "" : backend) {
      case "graalpy" -> "GraalPy";
      case "cpython" -> "CPython";
      default -> "";
    };
    if (name.isEmpty()) {
      return "";
    }
    if (cpuLimitMillis <= 0) {
      return name;
    }
    String seconds = java.math.BigDecimal.valueOf(cpuLimitMillis, 3)
        .setScale(cpuLimitMillis < 10_000 ? 2 : 1, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
    return name + " · limit " + seconds + " s CPU";
  }

  public long passedCount() {
    return tests.stream().filter(TestResult::passed).count();
  }

  /** A result where nothing ran, such as BUSY or ERROR. */
  public static RunResult of(Verdict verdict, String message, String backend) {
    return new RunResult(verdict, message, List.of(), "", null, null, 0, backend);
  }

  /**
   * @param type exception type, or "SyntaxError"
   * @param line line in the user's code (1-based), 0 when unknown
   * @param column column (1-based), 0 when unknown
   * @param traceback trimmed to frames in the user's code
   */
  public record ErrorInfo(String type, String message, int line, int column, String traceback) {}

  /**
   * @param rule the constraint or sandbox category: file, network, process, thread, host
   * @param line line in the user's code, 0 when unknown
   */
  public record Violation(String rule, String message, int line) {}
}
