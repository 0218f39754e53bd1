package dailypy.runner;

import java.util.ArrayList;
import java.util.List;

/**
 * The tests as a front end lists them. Fifty random cases would bury the fixed ones, so each
 * run of random cases in the same state becomes one line: "random tests 1–16 of 50" passed,
 * "random test 17 of 50" failed, "random tests 18–50 of 50" not run. Counts still come from
 * the result's own tests.
 */
public final class ShownTests {

  private ShownTests() {}

  public static List<TestResult> of(List<TestResult> tests) {
    List<TestResult> shown = new ArrayList<>();
    int i = 0;
    while (i < tests.size()) {
      TestResult t = tests.get(i);
      if (!ResultAssembler.isRandom(t)) {
        shown.add(t);
        i++;
        continue;
      }
      int end = i + 1;
      while (end < tests.size() && ResultAssembler.isRandom(tests.get(end))
          && sameState(t, tests.get(end))) {
        end++;
      }
      shown.add(group(t, tests.get(end - 1)));
      i = end;
    }
    return shown;
  }

  private static boolean sameState(TestResult a, TestResult b) {
    return a.passed() == b.passed() && a.message().equals(b.message())
        && (a.passed() || a.message().equals(ResultAssembler.NOT_RUN));
  }

  /** "random test 1 of 50" … "random test 16 of 50" as "random tests 1–16 of 50". */
  private static TestResult group(TestResult first, TestResult last) {
    String[] a = first.name().split(" ");
    String[] b = last.name().split(" ");
    String name = first == last ? first.name() : "random tests " + a[2] + "–" + b[2] + " of "
        + a[4];
    // a group that did not run keeps the NOT_RUN message, which front ends mark apart
    return new TestResult(name, first.passed(), true,
        ResultAssembler.NOT_RUN.equals(first.message()) ? ResultAssembler.NOT_RUN : "", "");
  }

  /**
   * Whether a test never ran because the run stopped first (an error while loading the code, a
   * broken rule). A visible test says so in its message; a hidden one says nothing, but hidden
   * tests run only after every visible one, so they did not run when a visible one did not.
   */
  public static boolean notRun(TestResult t, List<TestResult> tests) {
    if (t.passed()) {
      return false;
    }
    if (!t.hidden() || ResultAssembler.NOT_RUN.equals(t.message())) {
      return ResultAssembler.NOT_RUN.equals(t.message());
    }
    return tests.stream().anyMatch(o -> !o.hidden() && !o.passed()
        && ResultAssembler.NOT_RUN.equals(o.message()));
  }
}
