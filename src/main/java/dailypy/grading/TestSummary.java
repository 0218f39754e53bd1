package dailypy.grading;

import dailypy.runner.RunResult;
import dailypy.runner.ResultAssembler;
import dailypy.runner.ShownTests;
import dailypy.runner.TestResult;
import java.util.stream.Collectors;

/** The short per-test line kept in a user's history, the same from every front end. */
public final class TestSummary {
  static final int MAX_CHARS = 200;

  private TestSummary() {}

  /** e.g. "3/5, failed: add(2, 3)"; hidden tests are named only by number. */
  public static String of(RunResult r) {
    if (r.tests().isEmpty()) {
      return r.verdict().name();
    }
    String failed = ShownTests.of(r.tests()).stream()
        .filter(t -> !t.passed() && !ResultAssembler.NOT_RUN.equals(t.message())).map(TestResult::name).limit(3)
        .collect(Collectors.joining(", "));
    String s = r.passedCount() + "/" + r.tests().size() + (failed.isEmpty() ? "" : ", failed: " + failed);
    return s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS - 1) + "…";
  }
}
