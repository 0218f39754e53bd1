package dailypy.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the code in a chat message: every fenced block (```python, ```py, or a bare ```), joined
 * in order. Inline `code` is ignored. A message with no fence at all is not treated as code,
 * because in a chat that is usually prose; the caller explains how to post a block.
 */
public final class CodeBlocks {

  private static final Pattern FENCE = Pattern.compile(
      "```[ \\t]*(python3?|py)?[ \\t]*\\r?\\n(.*?)```", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern OTHER_LANGUAGE = Pattern.compile("```[ \\t]*([A-Za-z+#-]+)[ \\t]*\\r?\\n");

  private CodeBlocks() {}

  /** The joined code of all Python (or untagged) blocks, or empty when there are none. */
  public static Optional<String> extract(String message) {
    if (message == null) {
      return Optional.empty();
    }
    List<String> blocks = new ArrayList<>();
    Matcher m = FENCE.matcher(message);
    while (m.find()) {
      String body = m.group(2);
      if (!body.isBlank()) {
        blocks.add(body.endsWith("\n") ? body : body + "\n");
      }
    }
    if (blocks.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(String.join("\n", blocks));
  }

  /** True when the message has a fenced block in another language (e.g. ```java). */
  public static boolean hasOtherLanguageBlock(String message) {
    Matcher m = OTHER_LANGUAGE.matcher(message == null ? "" : message);
    while (m.find()) {
      String lang = m.group(1).toLowerCase();
      if (!lang.equals("python") && !lang.equals("py") && !lang.equals("python3")) {
        return true;
      }
    }
    return false;
  }

  /**
   * For a modal or a file: fenced blocks when present, otherwise the whole text, which is then
   * taken to be code.
   */
  public static String codeOrWhole(String text) {
    return extract(text).orElse(text == null ? "" : text);
  }
}
