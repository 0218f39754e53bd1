package dailypy.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the Python code in a chat message: every fenced block tagged {@code python}, {@code py}
 * (also {@code python3}, {@code py3}) or untagged, joined in order with a blank line between.
 * Inline code and blocks tagged with another language ({@code ```text}, {@code ```js}) are
 * ignored. A message with no fenced block holds no code: chat text such as "is it O(n)?" would
 * otherwise be run and fail with a confusing syntax error, so the bot asks for a code block
 * instead. An unclosed fence runs to the end of the message, since Discord users often lose the
 * closing fence when a message is cut.
 */
public final class CodeBlocks {

  private static final String FENCE = "```";
  private static final Set<String> PYTHON = Set.of("python", "py", "python3", "py3");
  /** A single word on the opening line that names a language rather than starting code. */
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z][A-Za-z0-9+#.-]*");

  private CodeBlocks() {}

  /** The code in {@code message}, or "" when it has no Python fenced block. */
  public static String extract(String message) {
    if (message == null) {
      return "";
    }
    String text = message.replace("\r\n", "\n");
    List<String> blocks = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = text.indexOf(FENCE, from);
      if (open < 0) {
        break;
      }
      int start = open + FENCE.length();
      int close = text.indexOf(FENCE, start);
      String inner = close < 0 ? text.substring(start) : text.substring(start, close);
      String code = codeOf(inner);
      if (code != null && !code.isBlank()) {
        blocks.add(stripBlankEdges(code));
      }
      if (close < 0) {
        break;
      }
      from = close + FENCE.length();
    }
    return String.join("\n\n", blocks);
  }

  /** The code of one block's inside, or null when it is tagged with another language. */
  private static String codeOf(String inner) {
    int nl = inner.indexOf('\n');
    if (nl < 0) {
      // ```print(1)``` on one line: Discord shows it as a code block. A bare ```py``` is empty.
      return PYTHON.contains(inner.strip().toLowerCase(Locale.ROOT)) ? null : inner;
    }
    String info = inner.substring(0, nl).strip();
    String body = inner.substring(nl + 1);
    if (info.isEmpty() || PYTHON.contains(info.toLowerCase(Locale.ROOT))) {
      return body;
    }
    if (LANGUAGE.matcher(info).matches()) {
      return null;
    }
    return inner; // the first line is already code, such as ```def f():
  }

  private static String stripBlankEdges(String code) {
    String[] lines = code.split("\n", -1);
    int first = 0;
    int last = lines.length - 1;
    while (first <= last && lines[first].isBlank()) {
      first++;
    }
    while (last >= first && lines[last].isBlank()) {
      last--;
    }
    return String.join("\n", java.util.Arrays.copyOfRange(lines, first, last + 1)) + "\n";
  }
}
