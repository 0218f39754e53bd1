package dailypy.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.discord.support.SampleQuestions;
import dailypy.progress.SubmissionOutcome;
import dailypy.questions.Question;
import dailypy.runner.RunResult;
import dailypy.runner.TestResult;
import dailypy.testing.Results;
import dailypy.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

/** The embed of a graded answer. */
class ResultEmbedTest {
  private static final Question Q = SampleQuestions.ADD;

  private static RunResult result(Verdict v, List<TestResult> tests, String output) {
    return Results.of(v).message(v.passed() ? "" : "some tests failed").tests(tests).output(output).millis(42)
        .backend("graalpy").build();
  }

  @Test
  void randomCasesShowAsAFewLinesAndCountAsTests() {
    List<TestResult> tests = new ArrayList<>();
    tests.add(new TestResult("add(1, 1)", true, false, "", ""));
    for (int i = 1; i <= 50; i++) {
      tests.add(new TestResult("random test " + i + " of 50", i < 17, true,
          i > 17 ? "not run" : "", ""));
    }
    MessageEmbed e = ResultEmbed.result(Q, result(Verdict.FAILED, tests, ""), null).embed();
    assertThat(e.getDescription()).startsWith("❌ **Failed** · 17/51 tests");
    assertThat(e.getFields().get(0).getValue()).isEqualTo("✅ `add(1, 1)`\n"
        + "✅ `random tests 1–16 of 50`\n❌ `random test 17 of 50`\n"
        + "▫️ `random tests 18–50 of 50` not run");
  }

  @Test
  void resultShowsVerdictCountsTimePerTestLinesAndFirstVisibleFailure() {
    List<TestResult> tests = List.of(
        new TestResult("add(1, 1)", true, false, "", ""),
        new TestResult("hidden", false, true, "secret input 99", ""),
        new TestResult("add(2, 3)", false, false, "add(2, 3) returned 6, expected 5", "debug\n"),
        new TestResult("add(0, 0)", false, false, "add(0, 0) returned 1, expected 0", ""));
    MessageEmbed e = ResultEmbed.result(Q, result(Verdict.FAILED, tests, ""), null).embed();
    assertThat(e.getDescription()).startsWith("❌ **Failed** · 1/4 tests · 42 ms");
    String lines = e.getFields().get(0).getValue();
    assertThat(lines).isEqualTo("✅ `add(1, 1)`\n❌ `hidden test 1`\n❌ `add(2, 3)`\n❌ `add(0, 0)`");
    assertThat(e.getFields().get(1).getName()).contains("add\\(2, 3\\)"); // escaped: field names render Markdown
    assertThat(e.getFields().get(1).getValue()).contains("returned 6, expected 5").contains("debug");
    assertThat(e.toData().toString()).doesNotContain("secret input 99").doesNotContain("add(0, 0) returned");
    assertThat(e.toData().toString()).doesNotContain(Q.solution().strip());
  }

  /** A first solve that credited today's streak. */
  private static SubmissionOutcome passed(int points, int bonus, int streak, int freezesUsed, boolean freezeEarned) {
    return SubmissionOutcome.builder(Verdict.PASSED).solve(false).points(points, bonus)
        .streak(true, streak - 1, streak, streak, 0).freezes(freezesUsed, freezeEarned).build();
  }

  @Test
  void pointsAndStreakAreShownOnAPass() {
    MessageEmbed e = ResultEmbed.result(Q, result(Verdict.PASSED, List.of(new TestResult("t", true, false, "", "")), ""),
        passed(10, 5, 5, 0, false)).embed();
    assertThat(e.getDescription()).contains("✅ **Passed** · 1/1 tests").contains("+15 points (first solver bonus!)")
        .contains("🔥 streak 5");
  }

  @Test
  void aFreezeUsedOrEarnedIsShownWithThePoints() {
    RunResult pass = result(Verdict.PASSED, List.of(new TestResult("t", true, false, "", "")), "");
    assertThat(ResultEmbed.result(Q, pass, passed(10, 0, 1, 1, false)).embed().getDescription())
        .contains("+10 points · 🔥 streak 1 · 🧊 freeze used").doesNotContain("earned");
    assertThat(ResultEmbed.result(Q, pass, passed(10, 0, 3, 2, false)).embed().getDescription())
        .contains("🧊 2 freezes used");
    assertThat(ResultEmbed.result(Q, pass, passed(10, 0, 7, 0, true)).embed().getDescription())
        .contains("🔥 streak 7 · 🧊 freeze earned").doesNotContain("used");
    assertThat(ResultEmbed.result(Q, pass, passed(10, 0, 6, 0, false)).embed().getDescription())
        .doesNotContain("🧊");
  }

  @Test
  void longOutputIsTrimmedAndAttachedInFull() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      out.append("line ").append(i).append('\n');
    }
    ResultEmbed.Rendered r = ResultEmbed.result(Q, result(Verdict.FAILED, List.of(), out.toString()), null);
    MessageEmbed.Field field = r.embed().getFields().getLast();
    assertThat(field.getName()).contains("full text attached");
    assertThat(field.getValue()).contains("line 9").doesNotContain("line 10\n");
    assertThat(r.attachment()).isNotNull();
    assertThat(r.attachment().getName()).isEqualTo("output.txt");

    ResultEmbed.Rendered shortOut = ResultEmbed.result(Q, result(Verdict.FAILED, List.of(), "hi\n"), null);
    assertThat(shortOut.attachment()).isNull();
  }

  @Test
  void busyIsShownAsBusyNotAsAFailure() {
    MessageEmbed e = ResultEmbed.result(Q, RunResult.of(Verdict.BUSY, "try again", "graalpy"), null).embed();
    assertThat(e.getDescription()).startsWith("⏳ **Grader busy**").contains("try again");
  }

  private static final String HOSTILE = "# HEADING\n[click](http://evil.example)\n````\n**x**";

  @Test
  void outputWithMarkdownAndFourBackticksStaysInsideItsCodeBlock() {
    MessageEmbed e = ResultEmbed.result(Q, result(Verdict.FAILED, List.of(), HOSTILE), null).embed();
    String block = e.getFields().getLast().getValue();
    assertThat(e.getFields().getLast().getName()).isEqualTo("Output");
    assertThat(MarkdownSafeTest.fences(block)).as("one opening and one closing fence").isEqualTo(2);
    assertThat(block).startsWith("```\n# HEADING\n[click](http://evil.example)\n").endsWith("\n**x**\n```");

    // a test's own output is fenced the same way
    TestResult t = new TestResult("t", false, false, "failed", HOSTILE + "\n```");
    String detail = ResultEmbed.result(Q, result(Verdict.FAILED, List.of(t), ""), null).embed()
        .getFields().get(1).getValue();
    assertThat(MarkdownSafeTest.fences(detail)).isEqualTo(2);
    assertThat(detail).startsWith("failed\n```\n").endsWith("\n```");
  }

  @Test
  void messagesAndTestNamesWithMarkdownAreEscaped() {
    RunResult timeout = Results.of(Verdict.TIMEOUT).message("## Failed [here](http://evil) **now**").millis(5)
        .backend("graalpy").build();
    assertThat(ResultEmbed.result(Q, timeout, null).embed().getDescription().split("\n")[1])
        .isEqualTo("\\#\\# Failed \\[here\\]\\(http://evil\\) \\*\\*now\\*\\*");
    RunResult error = Results.of(Verdict.RUNTIME_ERROR).message("ValueError: bad")
        .error(new RunResult.ErrorInfo("ValueError", "bad `x` ``` **y**", 2, 0, "")).millis(5).build();
    assertThat(ResultEmbed.result(Q, error, null).embed().getDescription().split("\n")[1])
        .as("inline code with no backtick of its own inside").isEqualTo("`ValueError: bad 'x' ''' **y**` (line 2)");
    RunResult rule = Results.of(Verdict.SANDBOX).message("no files")
        .violation(new RunResult.Violation("file", "> no [files](http://evil)", 3)).millis(5).build();
    assertThat(ResultEmbed.result(Q, rule, null).embed().getDescription().split("\n")[1])
        .isEqualTo("🚫 \\> no \\[files\\]\\(http://evil\\) (line 3)");

    TestResult t = new TestResult("# **boom** [x](http://evil)", false, false,
        "returned '# big\n[click](http://evil.example) <@123>'", "");
    MessageEmbed e = ResultEmbed.result(Q, Results.of(Verdict.FAILED).message("0 of 1").tests(t).millis(5).build(), null)
        .embed();
    assertThat(e.getFields().get(0).getValue()).isEqualTo("❌ `# **boom** [x](http://evil)`");
    MessageEmbed.Field failure = e.getFields().get(1);
    assertThat(failure.getName()).isEqualTo("First failure: \\# \\*\\*boom\\*\\* \\[x\\]\\(http://evil\\)");
    assertThat(MarkdownSafeTest.unescaped(failure.getValue())).isEmpty();
    assertThat(failure.getValue()).contains("\\<@123\\>").contains("\n\\[click\\]");
  }

  /** How often {@code part} occurs in everything the embed shows. */
  private static int shown(MessageEmbed e, String part) {
    String all = e.getDescription() + "\n" + String.join("\n",
        e.getFields().stream().map(f -> f.getName() + "\n" + f.getValue()).toList());
    return all.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void aFailedTestIsDescribedOnceInItsOwnField() {
    String why = "add(2, 3) returned 6, expected 5";
    RunResult r = Results.of(Verdict.FAILED).message("1 of 2 tests passed. add(2, 3): " + why)
        .tests(new TestResult("add(1, 1)", true, false, "", ""), new TestResult("add(2, 3)", false, false, why, ""))
        .millis(5).build();
    MessageEmbed e = ResultEmbed.result(Q, r, null).embed();
    assertThat(shown(e, "returned 6, expected 5")).isEqualTo(1);
    assertThat(e.getFields().get(1).getValue()).isEqualTo("add\\(2, 3\\) returned 6, expected 5");
    assertThat(e.getDescription()).startsWith("❌ **Failed** · 1/2 tests");
  }

  @Test
  void aSyntaxErrorAndABrokenRuleAreEachShownOnce() {
    // as the runner reports them: the message repeats the error or the rule
    RunResult syntax = Results.of(Verdict.SYNTAX_ERROR).message("SyntaxError on line 3, column 9: expected ':'")
        .error(new RunResult.ErrorInfo("SyntaxError", "expected ':'", 3, 9, "")).millis(5).build();
    MessageEmbed s = ResultEmbed.result(Q, syntax, null).embed();
    assertThat(shown(s, "expected ':'")).isEqualTo(1);
    assertThat(s.getDescription()).contains("(line 3, col 9)");

    RunResult rule = Results.of(Verdict.FORBIDDEN).message("Don't use the built-in sum. (line 2)")
        .violation(new RunResult.Violation("sum", "Don't use the built-in sum.", 2))
        .tests(new TestResult("add(2, 3)", false, false, "not run", ""),
            new TestResult("hidden test 1", false, true, "", ""))
        .millis(5).build();
    MessageEmbed f = ResultEmbed.result(Q, rule, null).embed();
    assertThat(shown(f, "built")).isEqualTo(1);
    assertThat(f.getDescription()).contains("🚫 Don't use the built\\-in sum. (line 2)");
  }

  @Test
  void testsThatNeverRanAreShownAsNotRunNotAsFailures() {
    RunResult crashed = Results.of(Verdict.RUNTIME_ERROR).message("NameError: name 'x' is not defined (line 1)")
        .error(new RunResult.ErrorInfo("NameError", "name 'x' is not defined", 1, 0, ""))
        .tests(new TestResult("add(2, 3)", false, false, "not run", ""),
            new TestResult("hidden test 1", false, true, "", ""))
        .millis(5).build();
    MessageEmbed e = ResultEmbed.result(Q, crashed, null).embed();
    assertThat(e.getDescription()).startsWith("💥 **Runtime error** · tests not run");
    assertThat(e.getFields()).hasSize(1);
    assertThat(e.getFields().getFirst().getValue()).isEqualTo("▫️ `add(2, 3)` not run\n▫️ `hidden test 1` not run")
        .doesNotContain("❌");

    // a rule broken during the second test: the first ran, the rest did not
    RunResult midway = Results.of(Verdict.FORBIDDEN).message("Don't use sum.")
        .violation(new RunResult.Violation("sum", "Don't use sum.", 2))
        .tests(new TestResult("add(1, 1)", true, false, "", ""),
            new TestResult("add(2, 3)", false, false, "did not finish", ""),
            new TestResult("add(0, 0)", false, false, "not run", ""),
            new TestResult("hidden test 1", false, true, "", ""))
        .millis(5).build();
    MessageEmbed m = ResultEmbed.result(Q, midway, null).embed();
    assertThat(m.getDescription()).startsWith("🚫 **Rule broken** · 1/4 tests, 2 not run");
    assertThat(m.getFields().getFirst().getValue())
        .isEqualTo("✅ `add(1, 1)`\n❌ `add(2, 3)`\n▫️ `add(0, 0)` not run\n▫️ `hidden test 1` not run");
  }

  @Test
  void aCorrectAnswerAfterARevealSaysWhyItEarnedNoPoints() {
    RunResult pass = result(Verdict.PASSED, List.of(new TestResult("t", true, false, "", "")), "");
    SubmissionOutcome revealed = SubmissionOutcome.builder(Verdict.PASSED).solve(false).hints(0, true).points(0, 0)
        .streak(true, 1, 2, 2, 0).build();
    assertThat(ResultEmbed.result(Q, pass, revealed).embed().getDescription())
        .contains("🔥 streak 2\nNo points: the explanation was revealed");
    SubmissionOutcome late = SubmissionOutcome.builder(Verdict.PASSED).solve(false).late(true).points(10, 0).build();
    assertThat(ResultEmbed.result(Q, pass, late).embed().getDescription()).contains("+10 points\nAnswered after its day");
    SubmissionOutcome again = SubmissionOutcome.builder(Verdict.PASSED).solve(true).build();
    assertThat(ResultEmbed.result(Q, pass, again).embed().getDescription())
        .endsWith("Already solved before: no new points.");
  }

  @Test
  void aResultSaysWhichBackendGradedItAndTheLimitThatApplied() {
    RunResult graded = result(Verdict.PASSED, List.of(), "").withCpuLimit(1250);
    MessageEmbed e = ResultEmbed.result(Q, graded, null).embed();
    assertThat(e.getFooter().getText()).isEqualTo("id: add-two-numbers · GraalPy · limit 1.25 s CPU");
    assertThat(e.getDescription()).contains("42 ms");
  }
}
