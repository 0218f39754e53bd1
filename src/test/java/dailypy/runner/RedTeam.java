package dailypy.runner;

import dailypy.verdict.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The red team: submissions written to beat the judge, one or more per class of attack found
 * against the earlier harness (issue "trustworthy judge"), run on every backend. Each must get an
 * honest verdict (never PASSED, never a grader ERROR that would be a free oracle), show no
 * planted secret and no hidden input in its result or in the logs, and leave the pool grading
 * innocent answers correctly.
 */
public final class RedTeam {

  /** Planted by the build (pom.xml, surefire) in the environment of every test JVM. */
  public static final String PLANTED_TOKEN = "planted-test-token-do-not-leak";

  private RedTeam() {}

  /** One attack: the verdicts it may honestly get, the question it attacks, its code. */
  public record Attack(String name, Set<Verdict> verdicts, RunRequest request) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Limits LIMITS = Limits.DEFAULT;

  private static Attack onSum(String name, Set<Verdict> verdicts, String code) {
    return new Attack(name, verdicts, new RunRequest(code, HostileCases.SUM_CASES, List.of(),
        LIMITS, Set.of()));
  }

  private static Attack constrained(String name, Constraint constraint, String code,
      TestSpec spec) {
    return new Attack(name, Set.of(Verdict.FORBIDDEN), new RunRequest(code, spec,
        List.of(constraint), LIMITS, Set.of()));
  }

  private static final Set<Verdict> NOT_PASSED = Set.of(Verdict.FAILED, Verdict.SANDBOX,
      Verdict.FORBIDDEN, Verdict.RUNTIME_ERROR);

  static final TestSpec FACTORIAL = new TestSpec.Cases(List.of(
      new TestSpec.Case(null, "fact(5)", "120", null, false, false, 1e-9),
      new TestSpec.Case(null, "fact(10)", "3628800", null, true, false, 1e-9)));

  static final TestSpec SORTED_COPY = new TestSpec.Cases(List.of(
      new TestSpec.Case(null, "my_sort([3, 1, 2])", "[1, 2, 3]", null, false, false, 1e-9),
      new TestSpec.Case(null, "my_sort([9, -1])", "[-1, 9]", null, true, false, 1e-9)));

  /** The attacks; each stands for a class, not just a route. */
  public static List<Attack> attacks() {
    return List.of(
        // 1. secrets: every route to an environment or a host path
        onSum("environ of pid 1 through os.open and os.read", NOT_PASSED, """
            import os
            def sum_of_list(n):
                fd = os.open('/proc/1/environ', os.O_RDONLY)
                return os.read(fd, 100000).decode()
            """),
        onSum("environ read by code that pretends to be a library, 450 frames deep", NOT_PASSED,
            """
            import os
            def reader():
                out = []
                for p in ('/proc/1/environ', '/proc/self/environ', '/proc/self/cmdline'):
                    try:
                        fd = os.open(p, os.O_RDONLY)
                        out.append(os.read(fd, 100000).decode('latin-1'))
                    except BaseException as e:
                        out.append(type(e).__name__)
                return ' '.join(out) + ' '.join(sorted(os.environ)) + os.getcwd()
            reader = type(reader)(reader.__code__.replace(co_filename='/usr/lib/python3/x.py'),
                                  reader.__globals__)
            def deep(k):
                return reader() if k == 0 else deep(k - 1)
            def sum_of_list(n):
                return deep(450)
            """),
        onSum("a process started through _posixsubprocess", NOT_PASSED, """
            import sys
            def sum_of_list(n):
                m = __import__('_posix' + 'subprocess')
                return m.fork_exec
            """),
        // 2. claims that are not answers
        onSum("unittest.mock.ANY equals everything", Set.of(Verdict.FAILED), """
            from unittest import mock
            def sum_of_list(n):
                return mock.ANY
            """),
        onSum("a builtin used as __eq__", Set.of(Verdict.FAILED), """
            class Liar(int):
                __eq__ = slice
                __ne__ = slice
            def sum_of_list(n):
                return Liar(0)
            """),
        onSum("builtins.__build_class__ replaced by a callable", NOT_PASSED, """
            import builtins
            class Builder:
                def __call__(self, *a, **k):
                    return object
            builtins.__build_class__ = Builder()
            def sum_of_list(n):
                return 0
            """),
        onSum("a fake reply printed on fd 1 and returned", Set.of(Verdict.FAILED), """
            import os
            def sum_of_list(n):
                os.write(1, b'\\n{"status": "ok", "case": {"status": "value", "value": {"t": "int", "v": "499500"}}}\\n')
                return 0
            """),
        // 3. frames: whatever they reach holds no answer key
        onSum("string.Formatter walks to the harness frames", NOT_PASSED, """
            import string
            def sum_of_list(n):
                try:
                    raise ValueError()
                except ValueError as e:
                    field = '0.__traceback__.tb_frame.f_back.f_back.f_locals'
                    return repr(string.Formatter().get_field(field, [e], {}))
            """),
        onSum("len.__self__ is the builtins module", NOT_PASSED, """
            def sum_of_list(n):
                b = len.__self__
                return repr(b.__dict__.get('__import__')('gc').get_objects()[:50])
            """),
        // 4. hidden inputs through messages
        onSum("a hidden input in a denied path", NOT_PASSED, """
            def sum_of_list(n):
                open('/' + repr(n), 'w')
                return 0
            """),
        onSum("a hidden input in an exception message", Set.of(Verdict.FAILED), """
            def sum_of_list(n):
                raise ValueError('SEEN ' + repr(n))
            """),
        onSum("a hidden input in an exception class name", Set.of(Verdict.FAILED), """
            def sum_of_list(n):
                raise type('E' + str(len(n)), (Exception,), {})()
            """),
        // 5. constraints at run time
        constrained("math reached through sys.modules",
            new Constraint("import", "math", "Write the loop yourself: no math module."), """
            import sys
            def fact(n):
                return sys.modules['math'].factorial(n)
            """, FACTORIAL),
        constrained(".sort reached through getattr",
            new Constraint("call", "sort", "Sort it yourself: no .sort()."), """
            def my_sort(xs):
                ys = list(xs)
                getattr(ys, 'so' + 'rt')()
                return ys
            """, SORTED_COPY),
        constrained(".sort reached through vars(list)",
            new Constraint("call", "sort", "Sort it yourself: no .sort()."), """
            def my_sort(xs):
                ys = list(xs)
                vars(list)['so' + 'rt'](ys)
                return ys
            """, SORTED_COPY),
        constrained("sorted reached through the builtins module",
            new Constraint("builtin", "sorted", "Sort it yourself: no sorted()."), """
            def my_sort(xs):
                return len.__self__.__dict__['sor' + 'ted'](xs)
            """, SORTED_COPY),
        // 7. engine state shared between users
        onSum("__graalpython__ taken from sys.modules", NOT_PASSED, """
            import sys, collections
            def sum_of_list(n):
                g = sys.modules['__graal' + 'python__']
                g.builtin_method(collections.namedtuple)
                return 0
            """),
        // 8. failures the user causes are never a grader ERROR
        onSum("KeyboardInterrupt in a case", Set.of(Verdict.FAILED), """
            def sum_of_list(n):
                raise KeyboardInterrupt
            """),
        onSum("KeyboardInterrupt while loading", Set.of(Verdict.RUNTIME_ERROR), """
            raise KeyboardInterrupt
            """),
        onSum("an exception whose __str__ and __repr__ raise", Set.of(Verdict.FAILED), """
            class Bad(Exception):
                def __str__(self):
                    raise RuntimeError('no')
                def __repr__(self):
                    raise RuntimeError('no')
            def sum_of_list(n):
                raise Bad()
            """),
        onSum("a BaseException subclass while loading", Set.of(Verdict.RUNTIME_ERROR), """
            class Out(BaseException):
                pass
            raise Out()
            """),
        onSum("a sandbox-like message on stderr, then exit", Set.of(Verdict.RUNTIME_ERROR), """
            import os
            os.write(2, b'bwrap: setting up uid map: Permission denied\\n')
            os._exit(1)
            """),
        onSum("a value whose repr raises", Set.of(Verdict.FAILED), """
            class Weird:
                def __repr__(self):
                    raise KeyboardInterrupt
            def sum_of_list(n):
                return Weird()
            """));
  }

  /** Innocent answers that use the machinery a poisoned engine breaks first. */
  public static List<RunRequest> innocents() {
    String code = """
        import collections, dataclasses, enum, typing
        Pair = collections.namedtuple('Pair', 'a b')
        class Mode(enum.Enum):
            ADD = 1
        class Adder(typing.Protocol):
            def add(self, x: int) -> int: ...
        @dataclasses.dataclass
        class Acc:
            total: int = 0
        def sum_of_list(numbers: typing.List[int]) -> int:
            acc = Acc()
            for n in numbers:
                acc.total += Pair(n, Mode.ADD).a
            return acc.total
        """;
    return List.of(new RunRequest(code, HostileCases.SUM_CASES, List.of(), LIMITS, Set.of()));
  }

  /** Runs an attack with the logs captured, then checks it and the pool after it. */
  public static void check(Runner runner, Attack attack) {
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    logs.start();
    root.addAppender(logs);
    RunResult result;
    try {
      result = runner.run(attack.request());
    } finally {
      root.detachAppender(logs);
    }
    String shown = result.toString();
    assertThat(attack.verdicts()).as(attack.name() + ": " + result.message())
        .contains(result.verdict());
    assertThat(shown).as(attack.name()).doesNotContain(PLANTED_TOKEN)
        .doesNotContain("/work/").doesNotContain("/root")
        .doesNotContain("499500").doesNotContain("range(1000)").doesNotContain("3628800")
        .doesNotContain("[9, -1]").doesNotContain("SEEN []").doesNotContain("SEEN [0, 1");
    for (ILoggingEvent event : logs.list) {
      assertThat(event.getFormattedMessage()).as(attack.name() + " log")
          .doesNotContain(PLANTED_TOKEN);
    }
    for (RunRequest innocent : innocents()) {
      RunResult after = runner.run(innocent);
      assertThat(after.verdict()).as("an innocent answer after " + attack.name() + ": "
          + after.message()).isEqualTo(Verdict.PASSED);
    }
  }

  /** The planted token really is in this JVM's environment: the checks above mean something. */
  public static void assertTokenPlanted(Supplier<String> env) {
    assertThat(env.get()).isEqualTo(PLANTED_TOKEN);
  }
}
