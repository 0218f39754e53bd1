package dailypy.discord.support;

import dailypy.grading.Grader;
import dailypy.questions.Question;
import dailypy.runner.RunResult;
import dailypy.runner.TestResult;
import dailypy.testing.Results;
import dailypy.verdict.Verdict;
import java.util.List;

/**
 * A test double for the grader when the real runner is not wanted: code containing
 * {@code return a + b} passes, anything else fails; code containing {@code # flood} prints 50 lines.
 */
public final class MarkerGrader implements Grader {

  @Override
  public RunResult grade(Question question, String answer) {
    boolean ok = answer.contains("return a + b");
    List<TestResult> tests = List.of(
        new TestResult("add(2, 3)", ok, false, ok ? "" : "add(2, 3) returned None, expected 5", ""),
        new TestResult("hidden test 1", ok, true, "", ""));
    // "# flood" asks for more output than a result embed shows
    String output = answer.contains("# flood") ? "spam line\n".repeat(50) : "";
    return Results.of(ok ? Verdict.PASSED : Verdict.FAILED).message(ok ? "" : "1 of 2 tests failed").tests(tests)
        .output(output).millis(12).backend("marker").build();
  }

  @Override
  public Gradability gradability(Question question) {
    return Gradability.YES;
  }
}
