package dailypy.discord;

import dailypy.runner.RunResult;

/**
 * Grades a user's message text (which may hold ```python blocks) against a question. Extraction
 * of the code and the grading itself live in the grading package; a message without code gives
 * a NO_CODE verdict. Blocks until the result is ready and never throws for bad user code.
 */
public interface AnswerGrader {

  RunResult grade(BotQuestion question, String messageText);

  /** The code the grader would run for this text, or "" when it holds no code block. */
  String extractCode(String messageText);
}
