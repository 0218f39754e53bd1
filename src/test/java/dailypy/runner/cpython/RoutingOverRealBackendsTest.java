package dailypy.runner.cpython;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.HostileCases;
import dailypy.runner.Limits;
import dailypy.runner.RoutingRunner;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.TestSpec;
import dailypy.runner.graal.SharedPool;
import dailypy.verdict.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The embedded pool first, host CPython second: each request lands where it can be graded. */
class RoutingOverRealBackendsTest {

  static final RoutingRunner ROUTING = new RoutingRunner(
      List.of(SharedPool.runner(), SharedCPython.started().runner()));

  @Test
  void aStandardLibraryQuestionIsGradedByTheEmbeddedBackend() {
    // A generous wall time: this is about where the request goes, and the embedded pool may
    // still be warming up its first worker on a busy machine.
    RunResult result = ROUTING.run(new RunRequest(HostileCases.GOOD_SUM, HostileCases.SUM_CASES,
        List.of(), Limits.DEFAULT.withCpuTime(Duration.ofSeconds(30)), Set.of()));

    assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.PASSED);
    assertThat(result.backend()).isEqualTo("graalpy");
  }

  @Test
  void aPandasQuestionIsGradedByHostCpython() {
    TestSpec spec = new TestSpec.Cases(List.of(new TestSpec.Case(null,
        "import pandas as pd\ncolumn_total(pd.DataFrame({'a': [1, 2], 'b': [3, 4]}), 'b')",
        "7", null, false, false, 1e-9)));
    String code = "def column_total(df, name):\n    return int(df[name].sum())\n";

    RunResult result = ROUTING.run(new RunRequest(code, spec, List.of(), Limits.DEFAULT,
        Set.of("pandas")));

    assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.PASSED);
    assertThat(result.backend()).isEqualTo("cpython");
    assertThat(ROUTING.capability(Set.of("pandas")).backend()).isEqualTo("cpython");
    assertThat(ROUTING.capability(Set.of("tensorflow")).reason())
        .isEqualTo("This server can't grade tensorflow questions: install tensorflow for the "
            + "host's python3 (pip; Debian has no package).");
  }
}
