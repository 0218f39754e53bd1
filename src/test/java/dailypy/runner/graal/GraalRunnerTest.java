package dailypy.runner.graal;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.Constraint;
import dailypy.runner.Limits;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.TestResult;
import dailypy.runner.TestSpec;
import dailypy.verdict.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every verdict, each produced by a real submission on the real embedded runner. */
class GraalRunnerTest {

  static final Runner RUNNER = SharedPool.runner();

  static final TestSpec SUM_CASES = new TestSpec.Cases(List.of(
      visible("sum_of_list([1, 2, 3, 4])", "10"),
      visible("sum_of_list([-5, 5])", "0"),
      hidden("sum_of_list([])", "0"),
      hidden("sum_of_list(list(range(1000)))", "499500")));

  static final String GOOD_SUM = """
      def sum_of_list(numbers):
          total = 0
          for n in numbers:
              total += n
          return total
      """;

  static TestSpec.Case visible(String call, String expected) {
    return new TestSpec.Case(null, call, expected, null, false, false, 1e-9);
  }

  static TestSpec.Case hidden(String call, String expected) {
    return new TestSpec.Case(null, call, expected, null, true, false, 1e-9);
  }

  static RunResult run(String source) {
    return RUNNER.run(RunRequest.of(source, SUM_CASES));
  }

  @Test
  void passesACorrectAnswerAndReportsTestsInDeclarationOrder() {
    RunResult result = run(GOOD_SUM);

    assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
    assertThat(result.tests()).extracting(TestResult::name).containsExactly(
        "sum_of_list([1, 2, 3, 4])", "sum_of_list([-5, 5])", "hidden test 1", "hidden test 2");
    assertThat(result.tests()).allMatch(TestResult::passed);
  }

  @Test
  void aCallsValueIsItsLastExpressionHoweverTheCallIsWritten() {
    // the harness compiles a call's statements and its last expression from the text (ASCII) or
    // from the tree (other text): both paths, semicolons, line breaks and a call with no value
    RunResult result = RUNNER.run(RunRequest.of(GOOD_SUM, new TestSpec.Cases(List.of(
        visible("a = [1, 2]; a.append(3); sum_of_list(a)", "6"),
        visible("sum_of_list([len('héllo'), 1]) ;", "6"),
        visible("total = sum_of_list([1,\n 2])\n(total,\n total * 2)  # both", "(3, 6)"),
        visible("s = 'ü'\n[s, sum_of_list([1])]", "['ü', 1]"),
        visible("x = sum_of_list([2])", "None")))));

    assertThat(result.tests()).allSatisfy(t -> assertThat(t.passed()).as(t.message()).isTrue());
    assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
  }

  @Test
  void failsAWrongAnswerWithAMessageNamingCallValueAndExpectation() {
    RunResult result = run("def sum_of_list(numbers):\n    return sum(numbers[1:])\n");

    assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(result.tests().get(0).message())
        .isEqualTo("sum_of_list([1, 2, 3, 4]) returned 9, expected 10");
  }

  @Test
  void hiddenTestsNeverRevealTheirInputExpectedValueOrOutput() {
    RunResult result = run("def sum_of_list(numbers):\n    print(numbers)\n    return -1\n");

    TestResult hidden = result.tests().get(3);
    assertThat(hidden.passed()).isFalse();
    assertThat(hidden.message()).isEmpty();
    assertThat(hidden.output()).isEmpty();
    assertThat(hidden.name()).doesNotContain("range");
  }

  @Test
  void anObjectWhoseEqAlwaysSaysYesDoesNotPass() {
    RunResult result = run("""
        class Yes:
            def __eq__(self, other):
                return True
            def __repr__(self):
                return '10'
        def sum_of_list(numbers):
            return Yes()
        """);

    assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(result.tests()).noneMatch(TestResult::passed);
  }

  @Test
  void anIntSubclassWithALyingEqIsJudgedByItsRealValue() {
    RunResult result = run("""
        class Liar(int):
            def __eq__(self, other):
                return True
        def sum_of_list(numbers):
            return Liar(7)
        """);

    assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void typesMatterAStringIsNotAnInt() {
    RunResult result = run("def sum_of_list(numbers):\n    t = 0\n    for n in numbers: t += n\n"
        + "    return str(t)\n");

    assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(result.tests().get(0).message()).contains("returned '10', expected 10");
  }

  @Test
  void syntaxErrorReportsLineAndColumn() {
    RunResult result = run("def sum_of_list(numbers)\n    return 0\n");

    assertThat(result.verdict()).isEqualTo(Verdict.SYNTAX_ERROR);
    assertThat(result.error().line()).isEqualTo(1);
    assertThat(result.error().column()).isPositive();
  }

  @Test
  void runtimeErrorAtImportReportsTypeMessageAndUserLine() {
    RunResult result = run("x = 1\ny = [1][5]\ndef sum_of_list(numbers):\n    return 0\n");

    assertThat(result.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
    assertThat(result.error().type()).isEqualTo("IndexError");
    assertThat(result.error().line()).isEqualTo(2);
    assertThat(result.error().traceback()).doesNotContain("harness");
  }

  @Test
  void anExceptionInsideATestFailsThatTestWithItsTypeAndLine() {
    RunResult result = run("def sum_of_list(numbers):\n    return numbers[0] // 0\n");

    assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(result.tests().get(0).message()).contains("ZeroDivisionError").contains("line 2");
  }

  @Test
  void forbiddenBuiltinNamesTheRuleAndLine() {
    RunRequest request = new RunRequest("def sum_of_list(numbers):\n    return sum(numbers)\n",
        SUM_CASES, List.of(new Constraint("builtin", "sum", "Don't use the built-in sum.")),
        Limits.DEFAULT, Set.of());

    RunResult result = RUNNER.run(request);

    assertThat(result.verdict()).isEqualTo(Verdict.FORBIDDEN);
    assertThat(result.violation().rule()).isEqualTo("sum");
    assertThat(result.violation().line()).isEqualTo(2);
    assertThat(result.message()).contains("Don't use the built-in sum.");
  }

  @Test
  void timeoutForAnEndlessLoop() {
    RunRequest request = new RunRequest("def sum_of_list(numbers):\n    while True:\n"
        + "        pass\n", SUM_CASES, List.of(),
        Limits.DEFAULT.withCpuTime(Duration.ofSeconds(2)), Set.of());

    RunResult result = RUNNER.run(request);

    assertThat(result.verdict()).isEqualTo(Verdict.TIMEOUT);
  }

  @Test
  void outputLimitForAPrintFlood() {
    RunResult result = run("def sum_of_list(numbers):\n    while True:\n"
        + "        print('spam' * 100)\n");

    assertThat(result.verdict()).isEqualTo(Verdict.OUTPUT_LIMIT);
  }

  @Test
  void outputLimitEvenWhenTheFloodSwallowsTheException() {
    RunResult result = run("""
        def sum_of_list(numbers):
            for i in range(100000):
                try:
                    print('spam' * 100)
                except BaseException:
                    pass
            return 10
        """);

    assertThat(result.verdict()).isEqualTo(Verdict.OUTPUT_LIMIT);
  }

  @Test
  void noCode() {
    assertThat(run("   \n").verdict()).isEqualTo(Verdict.NO_CODE);
  }

  @Test
  void inputGetsAFriendlyMessage() {
    RunResult result = run("def sum_of_list(numbers):\n    return int(input())\n");

    assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(result.tests().get(0).message()).contains("input() is not available");
  }

  @Test
  void libraryCodeThatLooksAtItsCallersFrameStillWorks() {
    // typing's Protocol checks, namedtuple's __module__ and enum all read sys._getframe(n) or
    // _getframemodulename(n); the harness's guard on them must not shift what they see.
    RunResult result = run("""
        import collections, enum, logging
        from typing import Protocol, runtime_checkable

        @runtime_checkable
        class Sized2(Protocol):
            def size(self) -> int:
                ...

        class Box:
            def size(self):
                return 1

        Point = collections.namedtuple("Point", "x y")

        class Colour(enum.Enum):
            RED = 1

        def sum_of_list(numbers):
            assert isinstance(Box(), Sized2) and not isinstance(5, Sized2)
            assert Point.__module__ == "solution", Point.__module__
            assert Colour.RED.value == 1
            logging.getLogger("solution").debug("fine")
            total = 0
            for n in numbers:
                total += n
            return total
        """);

    assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.PASSED);
  }

  @Test
  void asyncioRunWorksInsideTheSandbox() {
    RunResult result = run("""
        import asyncio
        async def add(a, b):
            await asyncio.sleep(0.001)
            return a + b
        def sum_of_list(numbers):
            async def main():
                total = 0
                for n in numbers:
                    total = await add(total, n)
                return total
            return asyncio.run(main())
        """);

    assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
  }

  @Test
  void recursionReachesAtLeast900Frames() {
    RunResult result = run("""
        def sum_of_list(numbers):
            def rec(i):
                return 0 if i == len(numbers) else numbers[i] + rec(i + 1)
            def depth(n):
                return 0 if n == 0 else 1 + depth(n - 1)
            assert depth(900) == 900
            return rec(0)
        """);

    assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
  }

  @Test
  void unittestStyleQuestionsReportEachTestInDeclarationOrder() {
    TestSpec spec = new TestSpec.Unittest("""
        import unittest
        from solution import Stack

        class StackTest(unittest.TestCase):
            def test_push_then_pop(self):
                s = Stack(); s.push(1); s.push(2)
                self.assertEqual(s.pop(), 2)

            def test_empty_peek_is_none(self):
                self.assertIsNone(Stack().peek())

            def test_hidden_pop_empty_raises(self):
                with self.assertRaises(IndexError):
                    Stack().pop()
        """);
    String wrong = """
        class Stack:
            def __init__(self): self.items = []
            def push(self, x): self.items.append(x)
            def pop(self): return self.items.pop(0)
            def peek(self): return self.items[-1] if self.items else None
        """;

    RunResult result = RUNNER.run(RunRequest.of(wrong, spec));

    assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(result.tests()).extracting(TestResult::name)
        .containsExactly("test_push_then_pop", "test_empty_peek_is_none", "hidden test 1");
    assertThat(result.tests()).extracting(TestResult::passed).containsExactly(false, true, true);
    assertThat(result.tests().get(0).message()).contains("1 != 2");
  }

  @Test
  void testWritingPassesWhenTestsCatchEveryMutant() {
    TestSpec spec = new TestSpec.TestWriting("calculator", "def add(a, b):\n    return a + b\n",
        List.of(new TestSpec.Mutant("subtracts", "def add(a, b):\n    return a - b\n", false),
            new TestSpec.Mutant("off by one", "def add(a, b):\n    return a + b + 1\n", true)));
    String good = """
        import unittest
        from calculator import add

        class AddTest(unittest.TestCase):
            def test_adds(self):
                self.assertEqual(add(2, 3), 5)
            def test_not_off(self):
                self.assertNotEqual(add(2, 3), 6)
        """;
    String weak = """
        import unittest
        from calculator import add

        class AddTest(unittest.TestCase):
            def test_runs(self):
                add(2, 3)
        """;

    assertThat(RUNNER.run(RunRequest.of(good, spec)).verdict()).isEqualTo(Verdict.PASSED);
    RunResult weakResult = RUNNER.run(RunRequest.of(weak, spec));
    assertThat(weakResult.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(weakResult.tests()).extracting(TestResult::passed)
        .containsExactly(true, false, false);
  }

  @Test
  void asyncTestWritingWithIsolatedAsyncioTestCase() {
    TestSpec spec = new TestSpec.TestWriting("client",
        "async def fetch(x):\n    return {'id': x}\n",
        List.of(new TestSpec.Mutant("wrong id", "async def fetch(x):\n    return {'id': 0}\n",
            false)));
    String good = """
        import unittest
        from client import fetch

        class FetchTest(unittest.IsolatedAsyncioTestCase):
            async def test_fetch(self):
                self.assertEqual(await fetch(3), {'id': 3})
        """;

    assertThat(RUNNER.run(RunRequest.of(good, spec)).verdict()).isEqualTo(Verdict.PASSED);
  }

  @Test
  void scriptModeCapturesOutput() {
    RunResult result = RUNNER.run(RunRequest.of("x = [1, 2]\ny = x\ny.append(3)\nprint(x)\n",
        new TestSpec.Script()));

    assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
    assertThat(result.output()).isEqualTo("[1, 2, 3]\n");
  }

  @Test
  void abcCachesTouchedByCounterAreNotMistakenForTampering() {
    TestSpec spec = new TestSpec.Unittest("""
        import unittest
        from solution import most_common

        class CounterTest(unittest.TestCase):
            def test_most_common(self):
                self.assertEqual(most_common('abracadabra'), 'a')
        """);
    String code = """
        from collections import Counter
        from collections.abc import Mapping
        def most_common(text):
            counts = Counter(text)
            assert isinstance(counts, Mapping)
            return counts.most_common(1)[0][0]
        """;

    RunResult result = RUNNER.run(RunRequest.of(code, spec));

    assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.PASSED);
  }
}
