package dailypy.runner.graal;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.Limits;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.TestSpec;
import dailypy.runner.Verdict;
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

  static Arguments attack(String name, Verdict verdict, String rule, String body) {
    return Arguments.of(name, verdict, rule, body);
  }

  static List<Arguments> attacks() {
    return List.of(
        attack("read /etc/passwd", Verdict.SANDBOX, "file",
            "def sum_of_list(n):\n    return open('/etc/passwd').read()\n"),
        attack("read a file through io", Verdict.SANDBOX, "file",
            "import io\ndef sum_of_list(n):\n    return io.open('/etc/passwd').read()\n"),
        attack("write a file", Verdict.SANDBOX, "file",
            "def sum_of_list(n):\n    open('pwned.txt', 'w').write('x')\n    return 10\n"),
        attack("list /", Verdict.SANDBOX, "file",
            "import os\ndef sum_of_list(n):\n    return os.listdir('/')\n"),
        attack("os.system", Verdict.SANDBOX, "process",
            "import os\ndef sum_of_list(n):\n    os.system('id')\n    return 10\n"),
        attack("subprocess", Verdict.SANDBOX, "process",
            "import subprocess\ndef sum_of_list(n):\n    return subprocess.run(['id'])\n"),
        attack("subprocess via __import__", Verdict.SANDBOX, "process",
            "def sum_of_list(n):\n    return __import__('subprocess').run(['id'])\n"),
        attack("multiprocessing", Verdict.SANDBOX, "process",
            "import multiprocessing\ndef sum_of_list(n):\n    return 10\n"),
        attack("socket connect", Verdict.SANDBOX, "network",
            "import socket\ndef sum_of_list(n):\n    s = socket.socket()\n"
                + "    s.connect(('127.0.0.1', 80))\n    return 10\n"),
        attack("dns lookup", Verdict.SANDBOX, "network",
            "import socket\ndef sum_of_list(n):\n    return socket.gethostbyname('localhost')\n"),
        attack("urllib", Verdict.SANDBOX, "network",
            "import urllib.request\ndef sum_of_list(n):\n"
                + "    return urllib.request.urlopen('http://127.0.0.1/').read()\n"),
        attack("import java", Verdict.SANDBOX, "host",
            "import java\ndef sum_of_list(n):\n    return java.type('java.lang.System')\n"),
        attack("polyglot eval", Verdict.SANDBOX, "host",
            "import polyglot\ndef sum_of_list(n):\n"
                + "    return polyglot.eval(language='js', string='10')\n"),
        attack("threading", Verdict.SANDBOX, "thread",
            "import threading\ndef sum_of_list(n):\n    t = threading.Thread(target=print)\n"
                + "    t.start()\n    return 10\n"),
        attack("_thread via __import__", Verdict.SANDBOX, "thread",
            "def sum_of_list(n):\n    __import__('_thread').start_new_thread(print, ())\n"
                + "    return 10\n"),
        attack("frame walking", Verdict.SANDBOX, "host",
            "import sys\ndef sum_of_list(n):\n    return sys._getframe(1).f_locals\n"),
        attack("frame walking through getattr", Verdict.SANDBOX, "host",
            "import sys\ndef sum_of_list(n):\n    f = getattr(sys, '_get' + 'frame')(1)\n"
                + "    return 10\n"),
        attack("frame walking through a traceback", Verdict.SANDBOX, "host",
            "def sum_of_list(n):\n    try:\n        1 / 0\n    except Exception as e:\n"
                + "        return e.__traceback__.tb_frame.f_back.f_locals\n"),
        attack("gc object hunt", Verdict.SANDBOX, "host",
            "import gc\ndef sum_of_list(n):\n    return len(gc.get_objects())\n"),
        attack("eval of a hidden import", Verdict.SANDBOX, "process",
            "def sum_of_list(n):\n    return eval(\"__import__('subprocess')\")\n"),
        attack("patch builtins to fake the result", Verdict.SANDBOX, "host",
            "import builtins\nbuiltins.isinstance = lambda *a: True\n"
                + "def sum_of_list(n):\n    return 10\n"),
        attack("sys.exit before the tests", Verdict.RUNTIME_ERROR, null,
            "import sys\nsys.exit(0)\ndef sum_of_list(n):\n    return 10\n"),
        attack("os._exit before the tests", Verdict.RUNTIME_ERROR, null,
            "import os\nos._exit(0)\ndef sum_of_list(n):\n    return 10\n"),
        attack("fake a passing result on stdout", Verdict.FAILED, null,
            "print('{\"status\": \"ok\", \"verdict\": \"PASSED\"}')\n"
                + "def sum_of_list(n):\n    print('PASSED')\n    return 0\n"),
        attack("endless loop", Verdict.TIMEOUT, null,
            "def sum_of_list(n):\n    while True:\n        pass\n"),
        attack("memory bomb", Verdict.MEMORY_LIMIT, null,
            "def sum_of_list(n):\n    hog = []\n    while True:\n"
                + "        hog.append(' ' * 1_000_000)\n"),
        attack("recursion bomb", Verdict.FAILED, null,
            "def sum_of_list(n):\n    return sum_of_list(n)\n"),
        attack("print flood", Verdict.OUTPUT_LIMIT, null,
            "def sum_of_list(n):\n    while True:\n        print('x' * 1000)\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void hostile_code_gets_its_verdict(String name, Verdict verdict, String rule, String code) {
    RunRequest request = new RunRequest(code, CASES, List.of(),
        Limits.DEFAULT.withWallTime(Duration.ofSeconds(3)), Set.of());

    RunResult result = RUNNER.run(request);

    assertThat(result.verdict()).as(name + ": " + result.message()).isEqualTo(verdict);
    if (rule != null) {
      assertThat(result.violation()).as(name).isNotNull();
      assertThat(result.violation().rule()).as(name).isEqualTo(rule);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unstoppable")
  void code_that_ignores_cancellation_is_killed_with_its_worker(String name, String code) {
    RunRequest request = new RunRequest(code, CASES, List.of(),
        Limits.DEFAULT.withWallTime(Duration.ofSeconds(2)), Set.of());

    assertThat(RUNNER.run(request).verdict()).isEqualTo(Verdict.TIMEOUT);
  }

  static List<Arguments> unstoppable() {
    return List.of(Arguments.of("huge power", "def sum_of_list(n):\n    return 10 ** (10 ** 8)\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileOutput")
  void hostile_output_is_carried_as_data(String name, String printed) {
    String code = "def sum_of_list(n):\n    print(" + printed + ")\n    return sum_of_list_ok(n)\n"
        + "def sum_of_list_ok(n):\n    t = 0\n    for x in n: t += x\n    return t\n";

    RunResult result = RUNNER.run(RunRequest.of(code, CASES));

    assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
    assertThat(result.tests().get(0).output()).contains(
        name.equals("mentions") ? "@everyone" : "```");
  }

  static List<Arguments> hostileOutput() {
    return List.of(Arguments.of("mentions", "'@everyone @here <@&123456789012345678>'"),
        Arguments.of("fences", "'```\\nclosing the code block ``` and **bold**'"));
  }

  @org.junit.jupiter.api.Test
  void patching_unittest_to_pass_every_assertion_is_caught() {
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
    assertThat(result.message()).contains("assertEqual");
  }

  @org.junit.jupiter.api.Test
  void the_environment_of_the_host_is_invisible() {
    RunResult result = RUNNER.run(RunRequest.of(
        "import os\ntry:\n    print(sorted(os.environ))\nexcept Exception as e:\n"
            + "    print(type(e).__name__)\n", new TestSpec.Script()));

    assertThat(result.output()).doesNotContain("PATH").doesNotContain("HOME");
  }

  @AfterEach
  void the_pool_still_grades_an_honest_answer() {
    RunResult result = RUNNER.run(RunRequest.of(GraalRunnerTest.GOOD_SUM, CASES));

    assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.PASSED);
  }
}
