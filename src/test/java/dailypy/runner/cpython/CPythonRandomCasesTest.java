package dailypy.runner.cpython;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.TestSpec;
import dailypy.verdict.Verdict;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random cases on the CPython backend: a fresh sandboxed process builds them with the library
 * the question requires, and the user's process gets them like hidden cases.
 */
class CPythonRandomCasesTest {

  static final String REFERENCE = """
      import numpy as np

      def top_two(x):
          return np.argsort(-np.asarray(x), kind="stable")[:2]
      """;

  static final TestSpec.Cases SPEC = new TestSpec.Cases(List.of(
      new TestSpec.Case(null, "top_two([3, 1, 2]).tolist()", "[0, 2]", null, false, false, 1e-9)),
      new TestSpec.RandomCases(50, 3, """
          def generate(rng, i):
              return ([rng.randint(0, 2) for _ in range(rng.randint(2, 8))],)
          """, "top_two(*args).tolist()", REFERENCE, List.of(), false, 1e-9));

  static RunResult run(String source) {
    Runner runner = SharedCPython.started().runner();
    return runner.run(new RunRequest(source, SPEC, List.of(), dailypy.runner.Limits.DEFAULT,
        Set.of("numpy")));
  }

  @Test
  void theReferencePassesAndATieBreakingMistakeFailsOnARandomCase() {
    RunResult right = run(REFERENCE);
    RunResult reversed = run("""
        import numpy as np

        def top_two(x):
            return np.argsort(np.asarray(x), kind="stable")[::-1][:2]
        """);

    assertThat(right.verdict()).as(right.message()).isEqualTo(Verdict.PASSED);
    assertThat(right.tests()).hasSize(51);
    assertThat(reversed.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(reversed.message()).matches("\\d+ of 51 tests passed\\. random test \\d+ of 50 "
        + "failed\\.");
  }
}
