package dailypy.grading;

import dailypy.questions.Kind;
import dailypy.questions.Question;
import dailypy.runner.RunResult;
import dailypy.runner.Verdict;

/** Grades an output prediction against the question's expected output, without running code. */
public final class OutputGrading {

  static final String BACKEND = "output";

  private OutputGrading() {}

  /** @param answer the predicted output (already taken out of any fence) */
  public static RunResult grade(Question q, String answer) {
    if (q.kind() != Kind.OUTPUT) {
      throw new IllegalArgumentException(q.id() + " is not an output question");
    }
    String predicted = normalise(answer);
    if (predicted.isEmpty() && !normalise(q.expectedOutput()).isEmpty()) {
      return RunResult.of(Verdict.NO_CODE,
          "Write what you think the snippet prints (a ``` block keeps the spacing).", BACKEND);
    }
    if (predicted.equals(normalise(q.expectedOutput()))) {
      return RunResult.of(Verdict.PASSED, "Correct: that is exactly what it prints.", BACKEND);
    }
    return RunResult.of(Verdict.FAILED, "That is not what the snippet prints.", BACKEND);
  }

  /** The normal form in which outputs are compared; see {@link AnswerText#normalise}. */
  public static String normalise(String text) {
    return AnswerText.normalise(text);
  }
}
