package dailypy.discord.render;

import dailypy.questions.Question;

/**
 * What Discord shows of a question's texts: an output question's snippet becomes part of its
 * prompt, and its "solution" is the output it prints.
 */
public final class QuestionText {
  private QuestionText() {}

  public static boolean isQuiz(Question q) {
    return q.kind() == Question.Kind.QUIZ;
  }

  public static boolean isOutput(Question q) {
    return q.kind() == Question.Kind.OUTPUT;
  }

  public static String prompt(Question q) {
    String prompt = q.prompt() == null ? "" : q.prompt().strip();
    if (isOutput(q) && q.snippet() != null && !q.snippet().isBlank()) {
      prompt = prompt + "\n" + MarkdownSafe.codeBlock("python", q.snippet().stripTrailing(), 2000);
    }
    return prompt;
  }

  public static String starter(Question q) {
    return q.starter() == null ? "" : q.starter();
  }

  public static String explanation(Question q) {
    return q.explanation() == null ? "" : q.explanation();
  }

  /** The reference solution; none for a quiz or an output question. */
  public static String solution(Question q) {
    return isOutput(q) || q.solution() == null ? "" : q.solution();
  }
}
