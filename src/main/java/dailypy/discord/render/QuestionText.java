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
    var reveal = q.kind().reveal(q);
    return "python".equals(reveal.language()) ? reveal.block() : "";
  }
}
