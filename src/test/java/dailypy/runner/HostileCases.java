package dailypy.runner;

import dailypy.verdict.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Submissions that attack the grader, shared by every backend's hostile suite so that the
 * backends are held to the same verdicts. Each defines {@code sum_of_list}, graded by
 * {@link #SUM_CASES}.
 */
public final class HostileCases {

  public static final TestSpec SUM_CASES = new TestSpec.Cases(List.of(
      new TestSpec.Case(null, "sum_of_list([1, 2, 3, 4])", "10", null, false, false, 1e-9),
      new TestSpec.Case(null, "sum_of_list([-5, 5])", "0", null, false, false, 1e-9),
      new TestSpec.Case(null, "sum_of_list([])", "0", null, true, false, 1e-9),
      new TestSpec.Case(null, "sum_of_list(list(range(1000)))", "499500", null, true, false,
          1e-9)));

  public static final String GOOD_SUM = """
      def sum_of_list(numbers):
          total = 0
          for n in numbers:
              total += n
          return total
      """;

  /** The code that smuggles hidden inputs out in an import name, on {@link #SUM_CASES}. */
  public static final String IMPORT_NAME_SMUGGLER = "seen = []\ndef sum_of_list(n):\n"
      + "    seen.append(n)\n    if len(seen) == 4:\n"
      + "        __import__('socket.' + repr(seen))\n    return 0\n";

  private HostileCases() {}

  /** The attack got its verdict, and a sandbox verdict names the rule. */
  public static void assertGets(RunResult result, String name, Verdict verdict, String rule) {
    assertThat(result.verdict()).as(name + ": " + result.message()).isEqualTo(verdict);
    if (rule != null) {
      assertThat(result.violation()).as(name).isNotNull();
      assertThat(result.violation().rule()).as(name).isEqualTo(rule);
    }
  }

  /** {@link #HOARDER} on {@link #HIDDEN_FIRST_UNITTEST}: the visible test never sees 4242. */
  public static void assertVisibleTestSawNoHiddenInput(RunResult result) {
    assertThat(result.tests()).extracting(t -> t.hidden()).containsExactly(true, false);
    assertThat(result.tests().get(1).message()).contains("[[1, 2]]").doesNotContain("4242");
    assertThat(result.toString()).doesNotContain("4242");
  }

  /**
   * {@link #IMPORT_NAME_SMUGGLER}: the violation is the rule's fixed text, and since it happened
   * during a hidden case, not even the line is shown (the user's code chose it).
   */
  public static void assertViolationCarriesNoInput(RunResult result) {
    assertThat(result.violation()).isNotNull();
    assertThat(result.violation().message()).isEqualTo("Network access is not allowed in the sandbox.");
    assertThat(result.violation().line()).isZero();
    assertThat(result.toString()).doesNotContain("499500").doesNotContain("range(1000)")
        .doesNotContain("998");
  }

  private static Arguments attack(String name, Verdict verdict, String rule, String body) {
    return Arguments.of(name, verdict, rule, body);
  }

  /** name, verdict, sandbox rule (or null), code defining sum_of_list. */
  public static List<Arguments> attacks() {
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
        attack("frame function taken from vars(sys)", Verdict.SANDBOX, "host",
            "import sys\ndef sum_of_list(n):\n    gf = vars(sys)['_get' + 'frame']\n"
                + "    gf(0)\n    return 10\n"),
        attack("operator.attrgetter on a traceback", Verdict.SANDBOX, "host",
            "import operator, sys\ndef sum_of_list(n):\n    try:\n        1 / 0\n"
                + "    except ZeroDivisionError:\n        tb = sys.exc_info()[2]\n"
                + "    operator.attrgetter('tb_' + 'frame')(tb)\n    return 10\n"),
        attack("inspect reached through another module", Verdict.SANDBOX, "host",
            "import dataclasses\ndef sum_of_list(n):\n    dataclasses.inspect.stack()\n"
                + "    return 10\n"),
        attack("JSON encoder patched to rewrite the result", Verdict.FAILED, null,
            "import json.encoder\n_encode = json.encoder.JSONEncoder.encode\n"
                + "def fake(self, o):\n    if isinstance(o, dict):\n"
                + "        o['status'] = 'ok'\n        for c in o.get('cases', []):\n"
                + "            c['value'] = {'t': 'int', 'v': '10'}\n    return _encode(self, o)\n"
                + "json.encoder.JSONEncoder.encode = fake\n"
                + "def sum_of_list(n):\n    return 0\n"),
        attack("hidden input smuggled out in an import name", Verdict.SANDBOX, "network",
            "seen = []\ndef sum_of_list(n):\n    seen.append(n)\n    if len(seen) == 4:\n"
                + "        __import__('socket.' + repr(seen))\n    t = 0\n    for x in n:\n"
                + "        t += x\n    return t\n"),
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
                + "        hog.append(' ' * 8_000_000)\n"),
        attack("recursion bomb", Verdict.FAILED, null,
            "def sum_of_list(n):\n    return sum_of_list(n)\n"),
        attack("print flood", Verdict.OUTPUT_LIMIT, null,
            "def sum_of_list(n):\n    while True:\n        print('x' * 1000)\n"));
  }

  /** A unittest-style question for {@link #unittestAttacks}: sum_of_list, two tests. */
  public static final TestSpec SUM_UNITTEST = new TestSpec.Unittest("""
      import unittest
      from solution import sum_of_list

      class SumTest(unittest.TestCase):
          def test_sum(self):
              self.assertEqual(sum_of_list([1, 2, 3, 4]), 10)

          def test_hidden_many(self):
              self.assertEqual(sum_of_list(list(range(100))), [4950][0])
      """);

  /** A hidden test declared before a visible one: the visible one must not see its input. */
  public static final TestSpec HIDDEN_FIRST_UNITTEST = new TestSpec.Unittest("""
      import unittest
      from solution import sum_of_list

      class SumTest(unittest.TestCase):
          def test_hidden_secret(self):
              self.assertEqual(sum_of_list([42, 4242]), 4284)

          def test_visible(self):
              self.assertEqual(sum_of_list([1, 2]), 3)
      """);

  /** Keeps every input it is given and returns them all, to smuggle hidden inputs out. */
  public static final String HOARDER = "seen = []\ndef sum_of_list(n):\n    seen.append(n)\n"
      + "    return repr(seen)\n";

  /** name, verdict, rule (or null), code defining sum_of_list: graded by {@link #SUM_UNITTEST}. */
  public static List<Arguments> unittestAttacks() {
    return List.of(
        attack("assertEqual patched to pass", Verdict.FORBIDDEN, "tampering",
            "import unittest\nunittest.TestCase.assertEqual = lambda *a, **k: None\n"
                + "def sum_of_list(n):\n    return 0\n"),
        attack("__getattribute__ added to TestCase by a computed name", Verdict.FORBIDDEN,
            "tampering",
            "import unittest\ndef _gi(self, name):\n    if name.startswith('assert'):\n"
                + "        return lambda *a, **k: None\n"
                + "    return object.__dict__['__getattri' + 'bute__'](self, name)\n"
                + "setattr(unittest.TestCase, '__getattri' + 'bute__', _gi)\n"
                + "def sum_of_list(n):\n    return 0\n"),
        attack("an object whose __eq__ always says yes", Verdict.FAILED, null,
            "class Liar:\n    def __eq__(self, other):\n        return True\n"
                + "    def __ne__(self, other):\n        return False\n"
                + "    __hash__ = None\n"
                + "def sum_of_list(n):\n    return Liar()\n"),
        attack("the test result patched through the frames", Verdict.SANDBOX, "host",
            "import sys, operator\ndef sum_of_list(n):\n"
                + "    fr = vars(sys)['_get' + 'frame'](0)\n"
                + "    back = operator.attrgetter('f_' + 'back')\n"
                + "    loc = operator.attrgetter('f_' + 'locals')\n"
                + "    while fr is not None:\n        l = loc(fr)\n"
                + "        if 'collector' in l:\n"
                + "            l['collector'].addFailure = lambda *a, **k: None\n"
                + "        fr = back(fr)\n    return 0\n"),
        attack("the JSON encoder patched", Verdict.FAILED, null,
            "import json.encoder\n_encode = json.encoder.JSONEncoder.encode\n"
                + "def fake(self, o):\n    if isinstance(o, dict):\n"
                + "        for t in o.get('tests', []):\n            t['passed'] = True\n"
                + "    return _encode(self, o)\n"
                + "json.encoder.JSONEncoder.encode = fake\n"
                + "def sum_of_list(n):\n    return 0\n"),
        attack("sys.exit before the tests", Verdict.RUNTIME_ERROR, null,
            "import sys\nsys.exit(0)\ndef sum_of_list(n):\n    return 10\n"),
        attack("a passing report printed on stdout", Verdict.FAILED, null,
            "print('Ran 2 tests in 0.001s\\n\\nOK')\n"
                + "def sum_of_list(n):\n    return 0\n"));
  }

  /** Code that only killing the process stops: name, code. */
  public static List<Arguments> unstoppable() {
    return List.of(Arguments.of("huge power", "def sum_of_list(n):\n    return 10 ** (10 ** 8)\n"));
  }
  /** Output that must be carried as data: name, printed expression. */
  public static List<Arguments> hostileOutput() {
    return List.of(Arguments.of("mentions", "'@everyone @here <@&123456789012345678>'"),
        Arguments.of("fences", "'```\\nclosing the code block ``` and **bold**'"));
  }}
