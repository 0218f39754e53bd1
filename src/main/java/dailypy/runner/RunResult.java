package dailypy.runner;

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
 * @param durationMillis time from dispatch to result
 * @param backend which backend ran it
 */
public record RunResult(
    Verdict verdict,
    String message,
    List<TestResult> tests,
    String output,
    ErrorInfo error,
    Violation violation,
    long durationMillis,
    String backend) {

  public RunResult {
    tests = List.copyOf(tests);
    message = message == null ? "" : message;
    output = output == null ? "" : output;
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
