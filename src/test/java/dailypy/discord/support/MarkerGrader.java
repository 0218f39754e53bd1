package dailypy.discord.support;

import dailypy.discord.AnswerGrader;
import dailypy.discord.BotQuestion;
import dailypy.runner.RunResult;
import dailypy.runner.TestResult;
import dailypy.runner.Verdict;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A test double for the grader when the real runner is not wanted: code containing
 * {@code return a + b} passes, anything else fails; code containing {@code # flood} prints 50 lines.
 */
public final class MarkerGrader implements AnswerGrader {
  private static final Pattern BLOCK = Pattern.compile("```(?:python|py)?\\n(.*?)```", Pattern.DOTALL);

  @Override
  public RunResult grade(BotQuestion question, String answer, boolean fromChat) {
    String code = fromChat ? extract(answer) : answer;
    boolean ok = code.contains("return a + b");
    List<TestResult> tests = List.of(
        new TestResult("add(2, 3)", ok, false, ok ? "" : "add(2, 3) returned None, expected 5", ""),
        new TestResult("hidden test 1", ok, true, "", ""));
    // "# flood" asks for more output than a result embed shows
    String output = code.contains("# flood") ? "spam line\n".repeat(50) : "";
    return new RunResult(ok ? Verdict.PASSED : Verdict.FAILED, ok ? "" : "1 of 2 tests failed", tests,
        output, null, null, 12, "marker");
  }

  @Override
  public boolean hasCode(String messageText) {
    return !extract(messageText).isBlank();
  }

  private static String extract(String messageText) {
    Matcher m = BLOCK.matcher(messageText);
    return m.results().map(r -> r.group(1)).collect(Collectors.joining("\n"));
  }
}
