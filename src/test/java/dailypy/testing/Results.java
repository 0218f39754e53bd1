package dailypy.testing;

import dailypy.runner.RunResult;
import dailypy.runner.TestResult;
import dailypy.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link RunResult} for a test, naming only what the test is about:
 * {@code Results.of(PASSED).tests(Results.test("t", true)).millis(3).build()}.
 */
public final class Results {
  private final Verdict verdict;
  private String message = "";
  private final List<TestResult> tests = new ArrayList<>();
  private String output = "";
  private RunResult.ErrorInfo error;
  private RunResult.Violation violation;
  private long millis;
  private String backend = "test";

  private Results(Verdict verdict) {
    this.verdict = verdict;
  }

  public static Results of(Verdict verdict) {
    return new Results(verdict);
  }

  /** A visible test that passed or failed with no message. */
  public static TestResult test(String name, boolean passed) {
    return new TestResult(name, passed, false, "", "");
  }

  public Results message(String message) {
    this.message = message;
    return this;
  }

  public Results tests(TestResult... tests) {
    this.tests.addAll(List.of(tests));
    return this;
  }

  public Results tests(List<TestResult> tests) {
    this.tests.addAll(tests);
    return this;
  }

  public Results output(String output) {
    this.output = output;
    return this;
  }

  public Results error(RunResult.ErrorInfo error) {
    this.error = error;
    return this;
  }

  public Results violation(RunResult.Violation violation) {
    this.violation = violation;
    return this;
  }

  public Results millis(long millis) {
    this.millis = millis;
    return this;
  }

  public Results backend(String backend) {
    this.backend = backend;
    return this;
  }

  public RunResult build() {
    return new RunResult(verdict, message, tests, output, error, violation, millis, backend);
  }
}
