package dailypy.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a front end lists fifty random cases: one line per run of cases in the same state. */
class ShownTestsTest {

  private static List<TestResult> randomFailingAt(int failed, int count) {
    List<TestResult> tests = new ArrayList<>();
    tests.add(new TestResult("f(1)", true, false, "", ""));
    tests.add(new TestResult("hidden test 1", true, true, "", ""));
    for (int i = 1; i <= count; i++) {
      String name = ResultAssembler.randomTestName(i, count);
      tests.add(i < failed ? new TestResult(name, true, true, "", "")
          : i == failed ? new TestResult(name, false, true, "", "")
          : new TestResult(name, false, true, ResultAssembler.NOT_RUN, ""));
    }
    return tests;
  }

  @Test
  void runsOfRandomCasesFoldIntoPassedFailedAndNotRunLines() {
    List<TestResult> shown = ShownTests.of(randomFailingAt(17, 50));

    assertThat(shown).extracting(TestResult::name).containsExactly("f(1)", "hidden test 1",
        "random tests 1–16 of 50", "random test 17 of 50", "random tests 18–50 of 50");
    assertThat(shown).extracting(TestResult::passed)
        .containsExactly(true, true, true, false, false);
    assertThat(shown.get(4).message()).isEqualTo(ResultAssembler.NOT_RUN);
    assertThat(shown.get(3).message()).isEmpty();
  }

  @Test
  void aFailureOnTheLastOrFirstRandomCaseKeepsSingleNames() {
    assertThat(ShownTests.of(randomFailingAt(50, 50))).extracting(TestResult::name)
        .endsWith("random tests 1–49 of 50", "random test 50 of 50");
    assertThat(ShownTests.of(randomFailingAt(1, 50))).extracting(TestResult::name)
        .endsWith("random test 1 of 50", "random tests 2–50 of 50");
  }

  @Test
  void resultsWithoutRandomCasesAreShownAsTheyAre() {
    List<TestResult> plain = List.of(new TestResult("a", true, false, "", ""),
        new TestResult("hidden test 1", false, true, "", ""),
        new TestResult("hidden test 2", false, true, "", ""));
    assertThat(ShownTests.of(plain)).isEqualTo(plain);
  }
}
