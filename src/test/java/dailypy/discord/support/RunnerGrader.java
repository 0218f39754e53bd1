package dailypy.discord.support;

import dailypy.discord.AnswerGrader;
import dailypy.discord.BotQuestion;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.TestSpec;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Grades the sample questions on the real sandboxed runner. The test specs are written here for
 * the two sample questions only; the bank's own conversion lives in the grading package.
 */
public final class RunnerGrader implements AnswerGrader {
  private static final Pattern BLOCK = Pattern.compile("```(?:python|py)?\\n(.*?)```", Pattern.DOTALL);
  private static final Map<String, TestSpec> SPECS = Map.of(
      SampleQuestions.ADD.id(), new TestSpec.Cases(List.of(
          new TestSpec.Case("add(2, 3)", "add(2, 3)", "5", null, false, false, 0),
          new TestSpec.Case("add(-1, 1)", "add(-1, 1)", "0", null, false, false, 0),
          new TestSpec.Case(null, "add(10**20, 1)", "10**20 + 1", null, true, false, 0),
          new TestSpec.Case(null, "add(0, 0)", "0", null, true, false, 0))));

  private final Runner runner;

  public RunnerGrader(Runner runner) {
    this.runner = runner;
  }

  @Override
  public RunResult grade(BotQuestion question, String code) {
    TestSpec spec = SPECS.get(question.id());
    if (spec == null) {
      throw new IllegalArgumentException("no test spec for " + question.id());
    }
    return runner.run(RunRequest.of(code, spec));
  }

  @Override
  public String extractCode(String messageText) {
    Matcher m = BLOCK.matcher(messageText);
    return m.results().map(r -> r.group(1)).collect(Collectors.joining("\n"));
  }
}
