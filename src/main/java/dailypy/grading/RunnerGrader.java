package dailypy.grading;

import dailypy.questions.Question;
import dailypy.runner.Limits;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.Verdict;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link Grader}: code answers go through a {@link Runner}, quiz and output answers not. */
public final class RunnerGrader implements Grader {

  private static final Logger LOG = LoggerFactory.getLogger(RunnerGrader.class);
  static final String NO_CODE_MESSAGE =
      "I found no code to grade. Put your answer in a code block: ```python … ```";
  private final Runner runner;
  private final Limits limits;

  /** @param limits the default limits; a question's {@code limits.time_ms} overrides the time */
  public RunnerGrader(Runner runner, Limits limits) {
    this.runner = runner;
    this.limits = limits;
  }

  @Override
  public RunResult gradeMessage(Question q, String messageText) {
    return switch (q.kind()) {
      case QUIZ, OUTPUT -> gradeAnswer(q, AnswerText.of(messageText));
      default -> {
        String code = CodeBlocks.extract(messageText);
        yield code.isBlank() ? RunResult.of(Verdict.NO_CODE, NO_CODE_MESSAGE, runner.name())
            : gradeAnswer(q, code);
      }
    };
  }

  @Override
  public RunResult gradeAnswer(Question q, String answer) {
    switch (q.kind()) {
      case QUIZ:
        return QuizGrading.grade(q, answer);
      case OUTPUT:
        return OutputGrading.grade(q, answer);
      default:
        break;
    }
    if (answer == null || answer.isBlank()) {
      return RunResult.of(Verdict.NO_CODE, NO_CODE_MESSAGE, runner.name());
    }
    if (!q.gradableWith(runner.packages().keySet())) {
      TreeSet<String> missing = new TreeSet<>(q.requires());
      missing.removeAll(runner.packages().keySet());
      return RunResult.of(Verdict.ERROR, "This question needs " + String.join(", ", missing)
          + ", which the " + runner.name() + " grader cannot import.", runner.name());
    }
    try {
      return runner.run(RequestBuilder.forAnswer(q, answer, limits));
    } catch (RuntimeException e) {
      // Runners must not throw; if one does, the user gets a reference, the operator the trace.
      String ref = UUID.randomUUID().toString().substring(0, 8);
      LOG.error("grading {} failed, reference {}", q.id(), ref, e);
      return RunResult.of(Verdict.ERROR, "The grader failed (reference " + ref + ").",
          runner.name());
    }
  }
}
