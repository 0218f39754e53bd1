package dailypy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What the commands print when things go right, or partly right: the question list, grading
 * beside a broken question file, run-tests' folder table with a failing and a refused folder,
 * and defaults in --help.
 */
class CommandOutputTest {

  @TempDir Path dir;

  @Test
  void questionsListShowsAnAlignedTableFilteredByLevelAndKind() {
    BadInputSuiteTest.Captured run = BadInputSuiteTest.run(
        List.of("questions", "list", "--level", "basic", "--kind", "quiz"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    String header = lines.get(0);
    assertThat(header).matches("id +level +topic +kind +title");
    List<String> rows = lines.subList(1, lines.size() - 1);
    assertThat(rows).isNotEmpty().allSatisfy(row -> {
      assertThat(row.substring(header.indexOf("level"))).startsWith("basic ");
      assertThat(row.substring(header.indexOf("kind"))).startsWith("quiz ");
      assertThat(row.charAt(header.indexOf("topic") - 1)).isEqualTo(' ');
    });
    assertThat(lines.get(lines.size() - 1)).isEqualTo(rows.size() + " questions");
    assertThat(run.err()).doesNotContain("INFO");
  }

  @Test
  void questionsListByTopicHoldsOnlyThatTopic() {
    BadInputSuiteTest.Captured run = BadInputSuiteTest.run(
        List.of("questions", "list", "--topic", "strings"));

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    int topic = lines.get(0).indexOf("topic");
    assertThat(lines.subList(1, lines.size() - 1))
        .allSatisfy(row -> assertThat(row.substring(topic)).startsWith("strings "));
  }

  @Test
  void aBrokenQuestionFileIsNamedAndTheOthersStillGrade() throws Exception {
    BadInputSuiteTest.bankAndAnswer(dir);
    BadInputSuiteTest.write(dir, "bank/basic/lists/broken-list.yaml", "id: broken-list\ntitle: [oops\n");

    BadInputSuiteTest.Captured run = execute(() -> new GradeCommand(SharedRunner.source()),
        "--questions", dir.resolve("bank").toString(), "flatten-matrix", dir.resolve("a.py").toString());

    // grade reads the asked question's own file, so a broken neighbour does not stop it
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("Flatten a list of lists (flatten-matrix)");

    BadInputSuiteTest.Captured broken = execute(() -> new GradeCommand(SharedRunner.source()),
        "--questions", dir.resolve("bank").toString(), "broken-list", dir.resolve("a.py").toString());
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.err()).contains("warning: left out "
        + dir.resolve("bank/basic/lists/broken-list.yaml") + ": line 2")
        .contains("refused to grade 'broken-list'").doesNotContain("Exception");
  }

  @Test
  void runTestsFolderTableNamesTheFailedTestAndTheRefusedFolderWhileTheOthersRun() throws Exception {
    BadInputSuiteTest.write(dir, "two-fer/two_fer.py", BadInputSuiteTest.SOLUTION);
    BadInputSuiteTest.write(dir, "two-fer/two_fer_test.py", BadInputSuiteTest.TEST);
    BadInputSuiteTest.write(dir, "two-fer-wrong/two_fer.py",
        "def two_fer(name='you'):\n    return 'One for me.'\n");
    BadInputSuiteTest.write(dir, "two-fer-wrong/two_fer_test.py", BadInputSuiteTest.TEST);
    // Exercism's error-handling: a helper named test_utils.py beside the *_test.py
    BadInputSuiteTest.write(dir, "error-handling/error_handling.py",
        "def fail():\n    raise ValueError('no')\n");
    BadInputSuiteTest.write(dir, "error-handling/test_utils.py",
        "class Helper:\n    def ok(self):\n        return True\n");
    BadInputSuiteTest.write(dir, "error-handling/error_handling_test.py", """
        import unittest
        import error_handling
        from test_utils import Helper

        class ErrorHandlingTest(unittest.TestCase):
            def test_fail_raises(self):
                with self.assertRaises(ValueError):
                    error_handling.fail()

            def test_helper(self):
                self.assertTrue(Helper().ok())
        """);
    BadInputSuiteTest.write(dir, "no-tests/solution.py", "x = 1\n");

    BadInputSuiteTest.Captured run = execute(() -> new RunTestsCommand(SharedRunner.source(), System.out),
        dir.resolve("two-fer").toString(), dir.resolve("two-fer-wrong").toString(),
        dir.resolve("error-handling").toString(), dir.resolve("no-tests").toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    String header = lines.get(0);
    assertThat(header).matches("exercise +verdict +tests +time +first failure");
    assertThat(lines.get(1)).startsWith("two-fer ").contains("PASSED").contains("1/1");
    assertThat(lines.get(2)).startsWith("two-fer-wrong ").contains("FAILED").contains("0/1");
    assertThat(lines.get(3)).startsWith("error-handling ").contains("PASSED").contains("2/2");
    assertThat(lines.get(4)).startsWith("no-tests ").contains("REFUSED");
    int verdict = header.indexOf("verdict");
    int testsEnd = header.indexOf("tests") + "tests".length();
    int failure = header.indexOf("first failure");
    for (String row : lines.subList(1, 5)) {
      assertThat(row.substring(verdict)).matches("(PASSED|FAILED|REFUSED) .*");
      assertThat(row.charAt(testsEnd - 1)).as("tests right-aligned: %s", row).isNotEqualTo(' ');
      assertThat(row.charAt(testsEnd)).isEqualTo(' ');
    }
    assertThat(lines.get(2).substring(failure)).isEqualTo("test_it");
    assertThat(lines.get(4).substring(failure)).isEqualTo(dir.resolve("no-tests")
        + " must hold one *_test.py (or one test_*.py), found none");
    assertThat(lines.get(5)).isEqualTo("2 of 4 exercises passed");
  }

  @Test
  void helpShowsTheDefaults() {
    BadInputSuiteTest.Captured run = BadInputSuiteTest.run(List.of("run-tests", "--help"));

    assertThat(run.out()).contains("Default: 10000");
    assertThat(BadInputSuiteTest.run(List.of("questions", "list", "--help")).out())
        .contains("Default: questions");
    assertThat(BadInputSuiteTest.run(List.of("backup", "--help")).out())
        .contains("Default: config/tutor.yaml");
  }

  @picocli.CommandLine.Command(name = "explode")
  static final class Explode implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug");
    }
  }

  @Test
  void anUnexpectedFailureIsOneLineWithAReferenceThatTheLogAndTheDetailsFileShare()
      throws Exception {
    BadInputSuiteTest.Captured run = execute(Explode::new);

    assertThat(run.exitCode()).isEqualTo(70);
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("^tutor explode: something went wrong on our side \\(reference (\\w+); details in (\\S+)\\)$",
            java.util.regex.Pattern.MULTILINE)
        .matcher(run.err());
    assertThat(m.find()).as(run.err()).isTrue();
    String reference = m.group(1);
    Path details = Path.of(m.group(2));
    assertThat(run.err().lines().filter(l -> l.contains("ERROR") && l.contains("[ref " + reference + "]")))
        .as("the operator's log line").hasSize(1);
    assertThat(run.err()).doesNotContain("\tat ");
    assertThat(java.nio.file.Files.readString(details)).contains(reference)
        .contains("IllegalStateException: a bug").contains("at dailypy.cli.CommandOutputTest");
    java.nio.file.Files.delete(details);
  }

  /** Runs one command object with Main's error handling and captured output. */
  private static BadInputSuiteTest.Captured execute(Supplier<Object> command, String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int code = Main.configure(new CommandLine(command.get())).execute(args);
      return new BadInputSuiteTest.Captured(code, outBytes.toString(StandardCharsets.UTF_8),
          errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
