package dailypy.runner.cpython;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.HostileCases;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.graal.SharedPool;
import dailypy.verdict.Verdict;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A syntax error is reported at the line and column CPython gives, on both backends. GraalPy's
 * own parser blames the token after a missing colon and puts an unexpected indent on line 1; the
 * harness corrects both. The expected positions are CPython 3.11's.
 */
class SyntaxErrorPositionTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("missing colon after for", """
            def sum_of_list(numbers):
                total = 0
                for n in numbers
                    total += n
                return total
            """, "expected ':'", 3, 21),
        Arguments.of("missing colon after for, comment and blank line between", """
            def sum_of_list(numbers):
                total = 0
                for n in numbers  # every number

                    total += n
                return total
            """, "expected ':'", 3, 23),
        Arguments.of("missing colon after def", """
            def sum_of_list(numbers)
                return 0
            """, "expected ':'", 1, 25),
        Arguments.of("unclosed parenthesis", """
            def sum_of_list(numbers):
                total = sum((n for n in numbers)
                return total
            """, "'(' was never closed", 2, 16),
        Arguments.of("unexpected indent", """
            def sum_of_list(numbers):
                total = 0
                  return total
            """, "unexpected indent", 3, 6),
        Arguments.of("body not indented", """
            def sum_of_list(numbers):
                total = 0
                for n in numbers:
                total += n
                return total
            """, "expected an indented block after 'for' statement on line 3", 4, 5),
        Arguments.of("assignment in a condition", """
            def sum_of_list(numbers):
                if numbers = []:
                    return 0
                return sum(numbers)
            """, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 2, 8),
        Arguments.of("unterminated string", """
            def sum_of_list(numbers):
                label = "total
                return sum(numbers)
            """, "unterminated string literal (detected at line 2)", 2, 13));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void graalpyReportsThePositionCpythonReports(String name, String source, String message,
      int line, int column) {
    assertPosition(SharedPool.runner(), source, message, line, column);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void hostCpythonReportsItsOwnPosition(String name, String source, String message,
      int line, int column) {
    assertPosition(SharedCPython.started().runner(), source, message, line, column);
  }

  private static void assertPosition(Runner runner, String source, String message, int line,
      int column) {
    RunResult result = runner.run(RunRequest.of(source, HostileCases.SUM_CASES));

    assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.SYNTAX_ERROR);
    assertThat(result.error().message()).isEqualTo(message);
    assertThat(result.error().line()).as("line").isEqualTo(line);
    assertThat(result.error().column()).as("column").isEqualTo(column);
    assertThat(result.error().traceback()).isEqualTo(source.lines().toList().get(line - 1));
  }
}
