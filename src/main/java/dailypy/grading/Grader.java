package dailypy.grading;

import dailypy.questions.Question;
import dailypy.runner.RunResult;

/** The grading service both front ends call. Never throws for anything a user sends. */
public interface Grader {

  /**
   * Grades an answer to a question.
   *
   * @param answer the text the user handed in: a chat message with code blocks, a modal's code,
   *     a quiz letter, or an output prediction
   * @param fromChat true for a chat message, where code must be in a fenced block
   */
  RunResult grade(Question question, String answer, boolean fromChat);

  /** Whether this server can grade the question, and why not when it cannot. */
  Gradability gradability(Question question);

  /** @param reason empty when gradable */
  record Gradability(boolean gradable, String reason) {
    public static final Gradability YES = new Gradability(true, "");
  }
}
