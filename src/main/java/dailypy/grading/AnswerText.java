package dailypy.grading;

import java.util.regex.Pattern;

/**
 * Reads the text of a non-code answer (a quiz choice or an output prediction) from a message. A
 * prediction may be put in a fenced block, whatever its language tag, so that Discord keeps its
 * white space; without a fence the whole message is the answer.
 */
final class AnswerText {

  private static final String FENCE = "```";
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z][A-Za-z0-9+#.-]*");

  private AnswerText() {}

  static String of(String message) {
    if (message == null) {
      return "";
    }
    String text = message.replace("\r\n", "\n").replace('\r', '\n');
    int open = text.indexOf(FENCE);
    if (open < 0) {
      return text;
    }
    int start = open + FENCE.length();
    int close = text.indexOf(FENCE, start);
    String inner = close < 0 ? text.substring(start) : text.substring(start, close);
    int nl = inner.indexOf('\n');
    if (nl >= 0 && (inner.substring(0, nl).isBlank()
        || LANGUAGE.matcher(inner.substring(0, nl).strip()).matches())) {
      return inner.substring(nl + 1);
    }
    return inner;
  }

  /**
   * Output text as compared: line endings unified, trailing white space of every line removed,
   * blank lines at the start and end dropped. Leading spaces stay, since they are printed.
   */
  static String normalise(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    int first = 0;
    int last = lines.length - 1;
    while (first <= last && lines[first].isBlank()) {
      first++;
    }
    while (last >= first && lines[last].isBlank()) {
      last--;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = first; i <= last; i++) {
      if (i > first) {
        sb.append('\n');
      }
      sb.append(lines[i].stripTrailing());
    }
    return sb.toString();
  }
}
