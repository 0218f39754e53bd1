package dailypy.grading;

import dailypy.questions.Question;
import dailypy.runner.Capability;
import dailypy.runner.GraderFailure;
import dailypy.runner.Limits;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.verdict.Verdict;

/** A {@link Grader} that runs code questions on a {@link Runner} and grades the rest in Java. */
public final class RunnerGrader implements Grader {

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(RunnerGrader.class);
  private final Runner runner;
  private final Limits defaults;

  public RunnerGrader(Runner runner) {
    this(runner, Limits.DEFAULT);
  }

  /** @param defaults the operator's limits (runner.wall_time_ms, output_kb); a question may raise the time */
  public RunnerGrader(Runner runner, Limits defaults) {
    this.runner = runner;
    this.defaults = defaults;
  }

  @Override
  public RunResult grade(Question q, String answer) {
    // how an answer is graded belongs to its form; code is the only form that needs the runner
    return switch (q.kind().answerForm()) {
      case CODE -> gradeCode(q, answer);
      case CHOICE -> QuizGrading.gradeChoice(q, answer);
      case PREDICTION -> QuizGrading.gradeOutput(q, answer);
    };
  }

  private RunResult gradeCode(Question q, String answer) {
    String code = CodeBlocks.codeOrWhole(answer);
    if (code.isBlank()) {
      return RunResult.of(Verdict.NO_CODE, "There is no code to grade.", runner.name());
    }
    Gradability g = gradability(q);
    if (!g.gradable()) {
      return RunResult.of(Verdict.ERROR, g.reason(), runner.name());
    }
    try {
      return runner.run(RequestBuilder.forAnswer(q, code, defaults));
    } catch (RuntimeException e) {
      // Runners must not throw; if one does, the user gets a reference and the operator the trace.
      return RunResult.of(Verdict.ERROR, GraderFailure.report(LOG, "grading " + q.id(), e), runner.name());
    }
  }

  @Override
  public java.util.concurrent.CompletableFuture<Void> ready() {
    return runner.ready();
  }

  @Override
  public Gradability gradability(Question q) {
    if (!q.kind().runsCode()) {
      return Gradability.YES; // quiz letters and output predictions are graded in Java
    }
    Capability capability = runner.capability(q.requires());
    return capability.gradable() ? Gradability.YES : new Gradability(false, capability.reason());
  }
}
