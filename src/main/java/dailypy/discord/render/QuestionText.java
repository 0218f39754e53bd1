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

  /** The explanation, reflowed: Discord keeps every line break, the YAML's wrapping included. */
  public static String explanation(Question q) {
    return q.explanation() == null ? "" : reflow(q.explanation()).strip();
  }

  private static final java.util.regex.Pattern BLOCK_START =
      java.util.regex.Pattern.compile("^\\s*([-*+]\\s|\\d+[.)]\\s|#|>|\\|)");

  /**
   * Joins the lines of each paragraph into one, as Markdown would, so text wrapped in the YAML
   * source flows in Discord. Blank lines, fenced and indented code, list items, headings, quotes
   * and table rows keep their own lines.
   */
  static String reflow(String text) {
    StringBuilder out = new StringBuilder();
    boolean inFence = false;
    boolean joinable = false; // whether the previous line was prose this line may continue
    for (String line : text.split("\n", -1)) {
      boolean fence = line.strip().startsWith("```");
      boolean code = inFence || fence || line.startsWith("    ") || line.startsWith("\t");
      boolean prose = !code && !line.isBlank();
      if (prose && joinable && !BLOCK_START.matcher(line).find()) {
        out.append(' ').append(line.strip());
      } else {
        if (!out.isEmpty()) {
          out.append('\n');
        }
        out.append(line);
      }
      if (fence) {
        inFence = !inFence;
      }
      joinable = prose;
    }
    return out.toString();
  }

  /** The reference solution; none for a quiz or an output question. */
  public static String solution(Question q) {
    return isOutput(q) || q.solution() == null ? "" : q.solution();
  }
}
