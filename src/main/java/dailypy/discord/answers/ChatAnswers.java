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

  /** For a message whose only code blocks are tagged with another language (```js). */
  public static final String ANSWER_IN_PYTHON = "Your code block is marked as another language. Answers run as"
      + " Python: start the block with \\`\\`\\`python (or use `/submit`).";

  private ChatAnswers() {}

  /**
   * What to tell the author of a message with no answer to grade in it: to answer in Python when
   * its blocks are in another language, else how to post a block.
   */
  public static String noAnswer(String message) {
    return CodeBlocks.hasOtherLanguageBlock(message) ? ANSWER_IN_PYTHON : HOW_TO;
  }

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
