package dailypy.discord;

import dailypy.runner.RunResult;

/**
 * Grades answers; the bot's view of the grading package. Blocks until the result is ready and
 * never throws for bad user input.
 */
public interface AnswerGrader {

  /**
   * @param answer a chat message (code in fenced blocks) when {@code fromChat}, otherwise the bare
   *     text of a form: code, a quiz letter or an output prediction
   */
  RunResult grade(BotQuestion question, String answer, boolean fromChat);

  /** Whether a chat message holds a Python code block; lets the bot answer "how to" at once. */
  boolean hasCode(String messageText);
}
