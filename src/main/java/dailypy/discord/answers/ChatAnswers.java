package dailypy.discord.answers;

import dailypy.grading.CodeBlocks;
import dailypy.questions.Question;
import java.util.Optional;

/**
 * Answers read out of chat messages. In a chat, code must be in a fenced block: a message without
 * one is usually prose ("is it O(n)?") and would only fail with a confusing syntax error, so it is
 * not graded and its author is told how to post a block. Output predictions may be plain text.
 */
public final class ChatAnswers {
  public static final String HOW_TO = "I couldn't find a code block in your answer. Wrap your code like this:\n"
      + "\\`\\`\\`python\ndef my_answer():\n    ...\n\\`\\`\\`\n(or use `/submit`).";

  private ChatAnswers() {}

  /**
   * The answer to grade in a chat message: the joined Python blocks for a question that runs code,
   * the whole message for an output prediction (a fenced block in it is taken as the prediction)
   * and, as before, for a quiz read from a message with a block. Empty when a block is needed and
   * there is none: answer with {@link #HOW_TO}.
   */
  public static Optional<String> answerIn(Question q, String message) {
    return switch (q.kind().answerForm()) {
      case PREDICTION -> Optional.of(message);
      case CODE -> code(message);
      case CHOICE -> code(message).map(c -> message);
    };
  }

  /** The joined Python (or untagged) blocks of a message, empty when it has none. */
  public static Optional<String> code(String message) {
    return CodeBlocks.extract(message).filter(code -> !code.isBlank());
  }
}
