package dailypy.runner.cpython;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.HostileCases;
import dailypy.runner.Limits;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.TestSpec;
import dailypy.verdict.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile suite of the embedded backend (the same cases, {@link HostileCases}) on the
 * sandboxed CPython backend, plus attacks only a real OS process allows: fork bombs and NumPy
 * memory bombs. Afterwards the backend still grades an honest answer.
 */
class CPythonHostileSubmissionTest {

  static final Runner RUNNER = SharedCPython.started().runner();

  static List<Arguments> attacks() {
    return HostileCases.attacks();
  }

  static List<Arguments> unstoppable() {
    return HostileCases.unstoppable();
  }

  static List<Arguments> hostileOutput() {
    return HostileCases.hostileOutput();
  }

  /**
   * Longer than the embedded suite's 3 s: filling 512 MB of address space page by page took
   * 2 s of CPU on these shared 2-core machines (and over 8 s of wall time at a load average of
   * 36), and the memory bomb must hit the memory limit before the wall-time kill.
   */
  static final Duration WALL = Duration.ofSeconds(15);

  static RunResult run(String code, Set<String> requires) {
    return RUNNER.run(new RunRequest(code, HostileCases.SUM_CASES, List.of(),
        Limits.DEFAULT.withCpuTime(WALL), requires));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void hostileCodeGetsTheSameVerdictAsOnTheEmbeddedBackend(String name,
      Verdict verdict, String rule, String code) {
    RunResult result = run(code, Set.of());

    HostileCases.assertGets(result, name, verdict, rule);
  }

  static List<Arguments> unittestAttacks() {
    return HostileCases.unittestAttacks();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unittestAttacks")
  void hostileCodeAgainstUnittestTestsGetsItsVerdict(String name, Verdict verdict, String rule,
      String code) {
    RunResult result = RUNNER.run(new RunRequest(code, HostileCases.SUM_UNITTEST, List.of(),
        Limits.DEFAULT.withCpuTime(WALL), Set.of()));

    HostileCases.assertGets(result, name, verdict, rule);
  }

  @org.junit.jupiter.api.Test
  void aVisibleTestNeverSeesWhatAHiddenTestPassedIn() {
    RunResult result = RUNNER.run(new RunRequest(HostileCases.HOARDER, HostileCases.HIDDEN_FIRST_UNITTEST,
        List.of(), Limits.DEFAULT.withCpuTime(WALL), Set.of()));

    HostileCases.assertVisibleTestSawNoHiddenInput(result);
  }

  @org.junit.jupiter.api.Test
  void aViolationMessageNeverCarriesWhatAHiddenTestPassedIn() {
    RunResult result = RUNNER.run(new RunRequest(HostileCases.IMPORT_NAME_SMUGGLER, HostileCases.SUM_CASES, List.of(),
        Limits.DEFAULT.withCpuTime(WALL), Set.of()));

    HostileCases.assertViolationCarriesNoInput(result);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unstoppable")
  void codeThatIgnoresCancellationIsKilled(String name, String code) {
    RunRequest request = new RunRequest(code, HostileCases.SUM_CASES, List.of(),
        Limits.DEFAULT.withCpuTime(Duration.ofSeconds(2)), Set.of());

    assertThat(RUNNER.run(request).verdict()).isEqualTo(Verdict.TIMEOUT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileOutput")
  void hostileOutputIsCarriedAsData(String name, String printed) {
    String code = "def sum_of_list(n):\n    print(" + printed + ")\n    return sum(n)\n";

    RunResult result = RUNNER.run(RunRequest.of(code, HostileCases.SUM_CASES));

    assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.PASSED);
    assertThat(result.tests().get(0).output()).contains(
        name.equals("mentions") ? "@everyone" : "```");
  }

  @Test
  void aForkBombIsASandboxViolation() {
    RunResult result = run("""
        import os
        def sum_of_list(n):
            while True:
                os.fork()
        """, Set.of());

    assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.SANDBOX);
    assertThat(result.violation().rule()).isEqualTo("process");
  }

  @Test
  void aForkBombThatCatchesTheDenialIsStillASandboxViolation() {
    RunResult result = run("""
        import os
        def sum_of_list(n):
            for _ in range(100):
                try:
                    os.fork()
                except Exception:
                    pass
            return sum(n)
        """, Set.of());

    assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.SANDBOX);
    assertThat(result.violation().rule()).isEqualTo("process");
  }

  @Test
  void aNumpyAllocationLargerThanTheLimitIsAMemoryLimit() {
    RunResult result = run("""
        import numpy as np
        def sum_of_list(n):
            grid = np.ones((50_000, 50_000))
            return int(grid.sum())
        """, Set.of("numpy"));

    assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.MEMORY_LIMIT);
  }

  @Test
  void numpyArraysPilingUpAreAMemoryLimit() {
    RunResult result = run("""
        import numpy as np
        def sum_of_list(n):
            hoard = []
            while True:
                hoard.append(np.ones(10_000_000))
        """, Set.of("numpy"));

    assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.MEMORY_LIMIT);
  }

  @Test
  void pandasReadingAHostFileIsAFileViolation() {
    RunResult result = run("""
        import pandas as pd
        def sum_of_list(n):
            return len(pd.read_csv('/etc/passwd'))
        """, Set.of("pandas"));

    assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.SANDBOX);
    assertThat(result.violation().rule()).isEqualTo("file");
  }

  @Test
  void theEnvironmentHoldsOnlyTheSandboxMinimum() {
    RunResult result = RUNNER.run(RunRequest.of(
        "import os\nprint(sorted(os.environ))\n", new TestSpec.Script()));

    assertThat(result.output().strip()).isEqualTo("['HOME', 'LANG', 'MKL_NUM_THREADS', "
        + "'OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'PATH', 'PWD']");
  }

  @AfterEach
  void theBackendStillGradesAnHonestAnswer() {
    RunResult result = RUNNER.run(RunRequest.of(HostileCases.GOOD_SUM, HostileCases.SUM_CASES));

    assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.PASSED);
  }
}
