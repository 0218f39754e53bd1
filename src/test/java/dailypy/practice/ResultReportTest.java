package dailypy.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.RunResult;
import dailypy.runner.TestResult;
import dailypy.testing.Results;
import dailypy.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** How practice mode prints the tests of a result, as the Discord embed lists them. */
class ResultReportTest {

  @Test
  void hiddenTestsOfARunThatStoppedBeforeThemAreNotRunNotFailed() {
    // a broken rule stops the run before any test: the visible ones say so, the hidden ones
    // say nothing (their messages are never shown), but they cannot have run either
    RunResult rule = Results.of(Verdict.FORBIDDEN).message("Add the numbers up with a loop.")
        .tests(new TestResult("sum_of_list([1, 2])", false, false, "not run", ""),
            new TestResult("hidden test 1", false, true, "", ""))
        .build();

    String shown = ResultReport.render(rule);

    assertThat(shown).contains("▫️ sum_of_list([1, 2]) (not run)")
        .contains("▫️ hidden test 1 (not run)").doesNotContain("❌");
  }

  @Test
  void aHiddenTestThatRanAndFailedIsAFailure() {
    RunResult failed = Results.of(Verdict.FAILED)
        .tests(new TestResult("sum_of_list([1, 2])", true, false, "", ""),
            new TestResult("hidden test 1", false, true, "", ""))
        .build();

    assertThat(ResultReport.render(failed)).contains("✅ sum_of_list([1, 2])")
        .contains("❌ hidden test 1").doesNotContain("not run");
  }
}
