package dailypy.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.discord.support.SampleQuestions;
import dailypy.progress.SubmissionOutcome;
import dailypy.questions.Question;
import dailypy.runner.RunResult;
import dailypy.runner.TestResult;
import dailypy.testing.QuestionBuilder;
import dailypy.testing.Results;
import dailypy.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

class EmbedsTest {
  private static final Question Q = SampleQuestions.ADD;

  private static RunResult result(Verdict v, List<TestResult> tests, String output) {
    return Results.of(v).message(v.passed() ? "" : "some tests failed").tests(tests).output(output).millis(42)
        .backend("graalpy").build();
  }

  @Test
  void questionPostHasLevelColourPromptStarterAndHowTo() {
    MessageEmbed e = Embeds.question(Q, "Daily", true);
    assertThat(e.getColorRaw() & 0xFFFFFF).isEqualTo(0x57F287);
    assertThat(Embeds.question(SampleQuestions.QUIZ, "Daily", true).getColorRaw() & 0xFFFFFF).isEqualTo(0xFEE75C);
    assertThat(e.getTitle()).isEqualTo("Add two numbers");
    assertThat(e.getDescription()).contains("`add(a, b)`").contains("```python\ndef add(a, b):");
    assertThat(e.getFields().getFirst().getValue()).contains("Reply in the thread")
        .contains("`/submit question:add-two-numbers`").contains("\\`\\`\\`python");
    assertThat(Embeds.question(Q, "Daily", false).getFields().getFirst().getValue()).doesNotContain("Reply in the thread");
    assertThat(e.getFooter().getText()).isEqualTo("id: add-two-numbers");
    assertThat(e.getDescription()).doesNotContain("return a + b");
  }

  @Test
  void aDailyPostNamesItsQuestionAndDateInTheFooter() {
    MessageEmbed e = Embeds.dailyQuestion(Q, java.time.LocalDate.of(2026, 11, 23), true);
    assertThat(e.getFooter().getText()).isEqualTo("id: add-two-numbers · 2026-11-23");
    assertThat(e.getAuthor().getName()).startsWith("📅 Daily question 2026-11-23");
    assertThat(e.getTitle()).isEqualTo("Add two numbers");
  }

  @Test
  void randomCasesShowAsAFewLinesAndCountAsTests() {
    List<TestResult> tests = new java.util.ArrayList<>();
    tests.add(new TestResult("add(1, 1)", true, false, "", ""));
    for (int i = 1; i <= 50; i++) {
      tests.add(new TestResult("random test " + i + " of 50", i < 17, true,
          i > 17 ? "not run" : "", ""));
    }
    MessageEmbed e = Embeds.result(Q, result(Verdict.FAILED, tests, ""), null).embed();
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
    MessageEmbed e = Embeds.result(Q, result(Verdict.FAILED, tests, ""), null).embed();
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
    MessageEmbed e = Embeds.result(Q, result(Verdict.PASSED, List.of(new TestResult("t", true, false, "", "")), ""),
        passed(10, 5, 5, 0, false)).embed();
    assertThat(e.getDescription()).contains("✅ **Passed** · 1/1 tests").contains("+15 points (first solver bonus!)")
        .contains("🔥 streak 5");
  }

  @Test
  void aFreezeUsedOrEarnedIsShownWithThePoints() {
    RunResult pass = result(Verdict.PASSED, List.of(new TestResult("t", true, false, "", "")), "");
    assertThat(Embeds.result(Q, pass, passed(10, 0, 1, 1, false)).embed().getDescription())
        .contains("+10 points · 🔥 streak 1 · 🧊 freeze used").doesNotContain("earned");
    assertThat(Embeds.result(Q, pass, passed(10, 0, 3, 2, false)).embed().getDescription())
        .contains("🧊 2 freezes used");
    assertThat(Embeds.result(Q, pass, passed(10, 0, 7, 0, true)).embed().getDescription())
        .contains("🔥 streak 7 · 🧊 freeze earned").doesNotContain("used");
    assertThat(Embeds.result(Q, pass, passed(10, 0, 6, 0, false)).embed().getDescription())
        .doesNotContain("🧊");
  }

  @Test
  void longOutputIsTrimmedAndAttachedInFull() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      out.append("line ").append(i).append('\n');
    }
    Embeds.Rendered r = Embeds.result(Q, result(Verdict.FAILED, List.of(), out.toString()), null);
    MessageEmbed.Field field = r.embed().getFields().getLast();
    assertThat(field.getName()).contains("full text attached");
    assertThat(field.getValue()).contains("line 9").doesNotContain("line 10\n");
    assertThat(r.attachment()).isNotNull();
    assertThat(r.attachment().getName()).isEqualTo("output.txt");

    Embeds.Rendered shortOut = Embeds.result(Q, result(Verdict.FAILED, List.of(), "hi\n"), null);
    assertThat(shortOut.attachment()).isNull();
  }

  @Test
  void everyEmbedStaysWithinDiscordsTotalLimit() {
    List<TestResult> tests = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      tests.add(new TestResult("t".repeat(300) + i, false, false, "m".repeat(2000), "o".repeat(2000)));
    }
    RunResult huge = Results.of(Verdict.FAILED).message("x".repeat(5000)).tests(tests).output("p".repeat(10000))
        .error(new RunResult.ErrorInfo("ValueError", "v".repeat(5000), 3, 1, "tb")).millis(1).backend("graalpy").build();
    MessageEmbed e = Embeds.result(Q, huge, null).embed();
    assertThat(e.getLength()).isLessThanOrEqualTo(DiscordLimits.EMBED_TOTAL);
    assertThat(e.isSendable()).isTrue();

    Question big = QuestionBuilder.from(Q).id("big").title("T".repeat(300)).topic("strings").prompt("p".repeat(4096))
        .starter("s".repeat(3000)).explanation("e".repeat(5000)).solution("sol").build();
    assertThat(Embeds.question(big, "Daily", true).isSendable()).isTrue();
    assertThat(Embeds.explanation(big).isSendable()).isTrue();
  }

  @Test
  void busyIsShownAsBusyNotAsAFailure() {
    MessageEmbed e = Embeds.result(Q, RunResult.of(Verdict.BUSY, "try again", "graalpy"), null).embed();
    assertThat(e.getDescription()).startsWith("⏳ **Grader busy**").contains("try again");
  }

  @Test
  void closingMessageHasSolveCountTallyAndSpoileredExplanation() {
    String text = Embeds.closing(SampleQuestions.QUIZ, 3, Map.of(0, 2, 1, 5));
    assertThat(text).contains("3 people solved").contains("✅ B: 5").contains("▫️ A: 2").contains("▫️ C: 0")
        .contains("||`y = x` binds");
    assertThat(Embeds.closing(Q, 1, Map.of())).contains("1 person solved");
  }

  private static Question withExplanation(String explanation) {
    return QuestionBuilder.from(Q).explanation(explanation).build();
  }

  @Test
  void aLongExplanationIsCutInsideTheSpoilerSoTheSpoilerStillCloses() {
    String text = Embeds.closing(withExplanation("e".repeat(5000) + " the end"), 2, Map.of());
    assertThat(text.length()).isLessThanOrEqualTo(DiscordLimits.MESSAGE);
    assertThat(text).contains("2 people solved").endsWith("…||").doesNotContain("the end");
    assertThat(text.split("\\|\\|", -1)).as("one opening and one closing ||").hasSize(3);
  }

  @Test
  void anEmptyExplanationGetsNoSpoiler() {
    for (String empty : new String[] {"", "  \n"}) {
      String text = Embeds.closing(withExplanation(empty), 0, Map.of());
      assertThat(text).contains("0 people solved").doesNotContain("||").doesNotContain("Explanation");
    }
  }

  @Test
  void pipesInTheExplanationCannotEndTheSpoilerEarly() {
    String text = Embeds.closing(withExplanation("a || b ||| c |"), 1, Map.of());
    String inside = text.substring(text.indexOf("||") + 2, text.length() - 2);
    assertThat(inside).doesNotContain("||").startsWith("a |").doesNotEndWith("|");
    assertThat(text).endsWith("||");
  }

  private static final String HOSTILE = "# HEADING\n[click](http://evil.example)\n````\n**x**";

  @Test
  void outputWithMarkdownAndFourBackticksStaysInsideItsCodeBlock() {
    MessageEmbed e = Embeds.result(Q, result(Verdict.FAILED, List.of(), HOSTILE), null).embed();
    String block = e.getFields().getLast().getValue();
    assertThat(e.getFields().getLast().getName()).isEqualTo("Output");
    assertThat(MarkdownSafeTest.fences(block)).as("one opening and one closing fence").isEqualTo(2);
    assertThat(block).startsWith("```\n# HEADING\n[click](http://evil.example)\n").endsWith("\n**x**\n```");

    // a test's own output is fenced the same way
    TestResult t = new TestResult("t", false, false, "failed", HOSTILE + "\n```");
    String detail = Embeds.result(Q, result(Verdict.FAILED, List.of(t), ""), null).embed()
        .getFields().get(1).getValue();
    assertThat(MarkdownSafeTest.fences(detail)).isEqualTo(2);
    assertThat(detail).startsWith("failed\n```\n").endsWith("\n```");
  }

  @Test
  void messagesAndTestNamesWithMarkdownAreEscaped() {
    RunResult timeout = Results.of(Verdict.TIMEOUT).message("## Failed [here](http://evil) **now**").millis(5)
        .backend("graalpy").build();
    assertThat(Embeds.result(Q, timeout, null).embed().getDescription().split("\n")[1])
        .isEqualTo("\\#\\# Failed \\[here\\]\\(http://evil\\) \\*\\*now\\*\\*");
    RunResult error = Results.of(Verdict.RUNTIME_ERROR).message("ValueError: bad")
        .error(new RunResult.ErrorInfo("ValueError", "bad `x` ``` **y**", 2, 0, "")).millis(5).build();
    assertThat(Embeds.result(Q, error, null).embed().getDescription().split("\n")[1])
        .as("inline code with no backtick of its own inside").isEqualTo("`ValueError: bad 'x' ''' **y**` (line 2)");
    RunResult rule = Results.of(Verdict.SANDBOX).message("no files")
        .violation(new RunResult.Violation("file", "> no [files](http://evil)", 3)).millis(5).build();
    assertThat(Embeds.result(Q, rule, null).embed().getDescription().split("\n")[1])
        .isEqualTo("🚫 \\> no \\[files\\]\\(http://evil\\) (line 3)");

    TestResult t = new TestResult("# **boom** [x](http://evil)", false, false,
        "returned '# big\n[click](http://evil.example) <@123>'", "");
    MessageEmbed e = Embeds.result(Q, Results.of(Verdict.FAILED).message("0 of 1").tests(t).millis(5).build(), null)
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
    MessageEmbed e = Embeds.result(Q, r, null).embed();
    assertThat(shown(e, "returned 6, expected 5")).isEqualTo(1);
    assertThat(e.getFields().get(1).getValue()).isEqualTo("add\\(2, 3\\) returned 6, expected 5");
    assertThat(e.getDescription()).startsWith("❌ **Failed** · 1/2 tests");
  }

  @Test
  void aSyntaxErrorAndABrokenRuleAreEachShownOnce() {
    // as the runner reports them: the message repeats the error or the rule
    RunResult syntax = Results.of(Verdict.SYNTAX_ERROR).message("SyntaxError on line 3, column 9: expected ':'")
        .error(new RunResult.ErrorInfo("SyntaxError", "expected ':'", 3, 9, "")).millis(5).build();
    MessageEmbed s = Embeds.result(Q, syntax, null).embed();
    assertThat(shown(s, "expected ':'")).isEqualTo(1);
    assertThat(s.getDescription()).contains("(line 3, col 9)");

    RunResult rule = Results.of(Verdict.FORBIDDEN).message("Don't use the built-in sum. (line 2)")
        .violation(new RunResult.Violation("sum", "Don't use the built-in sum.", 2))
        .tests(new TestResult("add(2, 3)", false, false, "not run", ""),
            new TestResult("hidden test 1", false, true, "", ""))
        .millis(5).build();
    MessageEmbed f = Embeds.result(Q, rule, null).embed();
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
    MessageEmbed e = Embeds.result(Q, crashed, null).embed();
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
    MessageEmbed m = Embeds.result(Q, midway, null).embed();
    assertThat(m.getDescription()).startsWith("🚫 **Rule broken** · 1/4 tests, 2 not run");
    assertThat(m.getFields().getFirst().getValue())
        .isEqualTo("✅ `add(1, 1)`\n❌ `add(2, 3)`\n▫️ `add(0, 0)` not run\n▫️ `hidden test 1` not run");
  }

  @Test
  void aCorrectAnswerAfterARevealSaysWhyItEarnedNoPoints() {
    RunResult pass = result(Verdict.PASSED, List.of(new TestResult("t", true, false, "", "")), "");
    SubmissionOutcome revealed = SubmissionOutcome.builder(Verdict.PASSED).solve(false).hints(0, true).points(0, 0)
        .streak(true, 1, 2, 2, 0).build();
    assertThat(Embeds.result(Q, pass, revealed).embed().getDescription())
        .contains("🔥 streak 2\nNo points: the explanation was revealed");
    SubmissionOutcome late = SubmissionOutcome.builder(Verdict.PASSED).solve(false).late(true).points(10, 0).build();
    assertThat(Embeds.result(Q, pass, late).embed().getDescription()).contains("+10 points\nAnswered after its day");
    SubmissionOutcome again = SubmissionOutcome.builder(Verdict.PASSED).solve(true).build();
    assertThat(Embeds.result(Q, pass, again).embed().getDescription())
        .endsWith("Already solved before: no new points.");
  }

  @Test
  void explanationsFlowAsParagraphsAndKeepTheirBlocks() {
    Question q = withExplanation("A comprehension with two clauses\nreads like the nested loops.\n\n"
        + "```python\nx = [a\n     for a in b]\n```\n- one point\n  carried on\n- two\n\nTime: O(n).\n");
    assertThat(Embeds.explanation(q).getDescription()).isEqualTo("A comprehension with two clauses reads like the"
        + " nested loops.\n\n```python\nx = [a\n     for a in b]\n```\n- one point carried on\n- two\n\nTime: O(n).");
    assertThat(Embeds.closing(q, 1, Map.of())).contains("||A comprehension with two clauses reads like");
  }

  @Test
  void theStarterBlockEndsWithItsLastLineOfCode() {
    Question q = QuestionBuilder.from(Q).starter("def add(a, b):\n    pass\n\n").build();
    assertThat(Embeds.question(q, "Daily", true).getDescription()).contains("    pass\n```")
        .doesNotContain("pass\n\n");
  }

  @Test
  void aPredictionSaysToAnswerWithTheOutputNotWithCode() {
    Question output = QuestionBuilder.from(Q).kind(Question.Kind.OUTPUT).build();
    String how = Embeds.question(output, "Daily", true).getFields().getFirst().getValue();
    assertThat(how).contains("exact output the snippet prints").contains("plain text")
        .contains("`/submit question:add-two-numbers`").doesNotContain("python");
    assertThat(Embeds.question(output, "Daily", false).getFields().getFirst().getValue())
        .startsWith("Use `/submit question:add-two-numbers` to type the exact output");
  }

  @Test
  void aResultSaysWhichBackendGradedItAndTheLimitThatApplied() {
    RunResult graded = result(Verdict.PASSED, List.of(), "").withCpuLimit(1250);
    MessageEmbed e = Embeds.result(Q, graded, null).embed();
    assertThat(e.getFooter().getText()).isEqualTo("id: add-two-numbers · GraalPy · limit 1.25 s CPU");
    assertThat(e.getDescription()).contains("42 ms");
  }
}
