package dailypy.runner.graal;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Submissions that attack the grader. Each gets the right verdict, and afterwards the pool still
 * grades an honest answer correctly.
 */
class HostileSubmissionTest {

  static final Runner RUNNER = SharedPool.runner();
  static final TestSpec CASES = GraalRunnerTest.SUM_CASES;

  /** The attack cases are shared with the CPython backend's suite, so verdicts agree. */
  static List<Arguments> attacks() {
    return HostileCases.attacks();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void hostileCodeGetsItsVerdict(String name, Verdict verdict, String rule, String code) {
    RunRequest request = new RunRequest(code, CASES, List.of(),
        Limits.DEFAULT.withCpuTime(Duration.ofSeconds(3)), Set.of());

    RunResult result = RUNNER.run(request);

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
        Limits.DEFAULT.withCpuTime(Duration.ofSeconds(5)), Set.of()));

    HostileCases.assertGets(result, name, verdict, rule);
  }

  @org.junit.jupiter.api.Test
  void aVisibleTestNeverSeesWhatAHiddenTestPassedIn() {
    RunResult result = RUNNER.run(new RunRequest(HostileCases.HOARDER, HostileCases.HIDDEN_FIRST_UNITTEST,
        List.of(), Limits.DEFAULT.withCpuTime(Duration.ofSeconds(5)), Set.of()));

    HostileCases.assertVisibleTestSawNoHiddenInput(result);
  }

  @org.junit.jupiter.api.Test
  void aViolationMessageNeverCarriesWhatAHiddenTestPassedIn() {
    RunResult result = RUNNER.run(new RunRequest(HostileCases.IMPORT_NAME_SMUGGLER, HostileCases.SUM_CASES, List.of(),
        Limits.DEFAULT.withCpuTime(Duration.ofSeconds(5)), Set.of()));

    HostileCases.assertViolationCarriesNoInput(result);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unstoppable")
  void codeThatIgnoresCancellationIsKilledWithItsWorker(String name, String code) {
    RunRequest request = new RunRequest(code, CASES, List.of(),
        Limits.DEFAULT.withCpuTime(Duration.ofSeconds(2)), Set.of());

    assertThat(RUNNER.run(request).verdict()).isEqualTo(Verdict.TIMEOUT);
  }

  static List<Arguments> unstoppable() {
    return HostileCases.unstoppable();
  }


  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileOutput")
  void hostileOutputIsCarriedAsData(String name, String printed) {
    String code = "def sum_of_list(n):\n    print(" + printed + ")\n    return sum_of_list_ok(n)\n"
        + "def sum_of_list_ok(n):\n    t = 0\n    for x in n: t += x\n    return t\n";

    RunResult result = RUNNER.run(RunRequest.of(code, CASES));

    assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
    assertThat(result.tests().get(0).output()).contains(
        name.equals("mentions") ? "@everyone" : "```");
  }

  static List<Arguments> hostileOutput() {
    return HostileCases.hostileOutput();
  }


  @org.junit.jupiter.api.Test
  void patchingUnittestToPassEveryAssertionIsCaught() {
    TestSpec spec = new TestSpec.Unittest("""
        import unittest
        from solution import sum_of_list

        class SumTest(unittest.TestCase):
            def test_sum(self):
                self.assertEqual(sum_of_list([1, 2, 3, 4]), 10)
        """);
    String cheat = "import unittest\nunittest.TestCase.assertEqual = lambda *a, **k: None\n"
        + "def sum_of_list(n):\n    return 0\n";

    RunResult result = RUNNER.run(RunRequest.of(cheat, spec));

    assertThat(result.verdict()).isEqualTo(Verdict.FORBIDDEN);
    assertThat(result.violation().rule()).isEqualTo("tampering");
    assertThat(result.message()).contains("grader relies on").doesNotContain("lambda");
  }

  @org.junit.jupiter.api.Test
  void theEnvironmentOfTheHostIsInvisible() {
    RunResult result = RUNNER.run(RunRequest.of(
        "import os\ntry:\n    print(sorted(os.environ))\nexcept Exception as e:\n"
            + "    print(type(e).__name__)\n", new TestSpec.Script()));

    assertThat(result.output()).doesNotContain("PATH").doesNotContain("HOME");
  }

  @AfterEach
  void thePoolStillGradesAnHonestAnswer() {
    RunResult result = RUNNER.run(RunRequest.of(GraalRunnerTest.GOOD_SUM, CASES));

    assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.PASSED);
  }
}
