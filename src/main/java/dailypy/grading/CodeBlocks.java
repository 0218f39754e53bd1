package dailypy.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the code in a chat message: every fenced block tagged {@code python}, {@code py},
 * {@code python3} or untagged, joined in order. Inline `code` and blocks in another language
 * ({@code ```text}, {@code ```js}) are ignored. A message with no fence at all is not treated as
 * code, because in a chat that is usually prose ("is it O(n)?") and would only fail with a
 * confusing syntax error; the caller explains how to post a block. A fence left unclosed runs to
 * the end of the message, since a cut-off message often loses its closing fence.
 *
 * <p>Fences are paired by scanning left to right, so the closing fence of a block in another
 * language is never mistaken for the opening of the next one.
 */
public final class CodeBlocks {

  private static final String FENCE = "```";
  private static final Set<String> PYTHON = Set.of("python", "py", "python3", "py3");
  /** One word on the opening line names a language rather than starting the code. */
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z][A-Za-z0-9+#.-]*");

  private CodeBlocks() {}

  /** A fenced block: its language tag ("" when untagged) and its body. */
  record Block(String language, String body) {}

  /** The joined code of all Python (or untagged) blocks, or empty when there are none. */
  public static Optional<String> extract(String message) {
    List<String> code = new ArrayList<>();
    for (Block b : blocks(message)) {
      if ((b.language().isEmpty() || PYTHON.contains(b.language())) && !b.body().isBlank()) {
        code.add(b.body().endsWith("\n") ? b.body() : b.body() + "\n");
      }
    }
    return code.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", code));
  }

  /** True when the message has a fenced block in another language (e.g. ```java). */
  public static boolean hasOtherLanguageBlock(String message) {
    return blocks(message).stream()
        .anyMatch(b -> !b.language().isEmpty() && !PYTHON.contains(b.language()));
  }

  /** The body of the first fenced block in any language, for answers that are not code. */
  public static Optional<String> firstBlock(String message) {
    return blocks(message).stream().findFirst().map(Block::body);
  }

  /**
   * For a modal or a file: fenced blocks when present, otherwise the whole text, which is then
   * taken to be code.
   */
  public static String codeOrWhole(String text) {
    return extract(text).orElse(text == null ? "" : text);
  }

  static List<Block> blocks(String message) {
    List<Block> blocks = new ArrayList<>();
    if (message == null) {
      return blocks;
    }
    String text = message.replace("\r\n", "\n");
    int from = 0;
    while (true) {
      int open = text.indexOf(FENCE, from);
      if (open < 0) {
        return blocks;
      }
      int start = open + FENCE.length();
      int close = text.indexOf(FENCE, start);
      String inner = close < 0 ? text.substring(start) : text.substring(start, close);
      blocks.add(block(inner));
      if (close < 0) {
        return blocks;
      }
      from = close + FENCE.length();
    }
  }

  private static Block block(String inner) {
    int nl = inner.indexOf('\n');
    if (nl < 0) {
      // ```print(1)``` on one line is shown as a code block by Discord too
      String word = inner.strip().toLowerCase(Locale.ROOT);
      return PYTHON.contains(word) ? new Block(word, "") : new Block("", inner.strip());
    }
    String info = inner.substring(0, nl).strip();
    String body = inner.substring(nl + 1);
    if (info.isEmpty()) {
      return new Block("", body);
    }
    if (LANGUAGE.matcher(info).matches()) {
      return new Block(info.toLowerCase(Locale.ROOT), body);
    }
    return new Block("", inner); // the opening line is already code, as in ```x = 1
  }
}
