package dailypy.grading;

import dailypy.questions.Question;
import dailypy.runner.RunResult;

/**
 * Grades answers to questions; what the Discord bot and practice mode call. Blocks until the
 * result is ready and never throws for bad answers: problems become verdicts.
 */
public interface Grader {

  /**
   * Grades a chat message. Code answers are taken from its fenced blocks (none gives NO_CODE);
   * quiz and output answers are the message text, or the inside of its first fenced block.
   */
  RunResult gradeMessage(Question question, String messageText);

  /** Grades an answer that is already bare: code for code questions, text otherwise. */
  RunResult gradeAnswer(Question question, String answer);
}
