package dailypy.discord.render;

import dailypy.questions.Presentation;
import dailypy.questions.Question;

/**
 * What Discord shows of a question's texts, read from its kind's {@link Presentation}: code that
 * belongs to the prompt (an output question's snippet) is shown inside it, labelled code (a
 * starter) under it.
 */
public final class QuestionText {
  private QuestionText() {}

  /** True when the answer is one of the question's options, given with buttons. */
  public static boolean picksOption(Question q) {
    return q.kind().answerForm().picksOption();
  }

  public static String prompt(Question q) {
    Presentation shown = q.kind().presentation(q);
    if (shown.hasCode() && shown.codeLabel().isEmpty()) {
      return shown.prompt() + "\n" + MarkdownSafe.codeBlock("python", shown.code(), 2000);
    }
    return shown.prompt();
  }

  /** The labelled code shown under the prompt (the starter), empty when there is none. */
  public static String starter(Question q) {
    Presentation shown = q.kind().presentation(q);
    return shown.codeLabel().isEmpty() ? "" : shown.code();
  }

  public static String explanation(Question q) {
    return q.explanation() == null ? "" : q.explanation();
  }

  /** The reference solution; none for a quiz or an output question. */
  public static String solution(Question q) {
    var reveal = q.kind().reveal(q);
    return "python".equals(reveal.language()) ? reveal.block() : "";
  }
}
