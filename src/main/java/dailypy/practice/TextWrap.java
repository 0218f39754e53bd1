package dailypy.practice;

import java.util.function.IntSupplier;
import java.util.regex.Pattern;

/**
 * Word-wraps prose for a terminal, measuring only what is visible (ANSI styling takes no room).
 * A continuation line gets the line's hanging indent, so bullets and quiz options stay aligned.
 * A word longer than the width (a path, a URL) gets a line of its own rather than being cut.
 * Code is never passed here: a wrapped code line would read as two lines of Python.
 */
final class TextWrap {
  /** No wrapping: output that is not a terminal is left for the reader to wrap. */
  static final TextWrap NONE = new TextWrap(() -> 0);

  private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");
  /** Narrower than this, wrapping would do more harm than good. */
  private static final int MIN_WIDTH = 20;

  private final IntSupplier width;

  /** @param width the columns to wrap to, asked for each time (terminals get resized); 0 for none */
  TextWrap(IntSupplier width) {
    this.width = width;
  }

  static TextWrap at(int columns) {
    return new TextWrap(() -> columns);
  }

  /** The width text is wrapped to now; 0 when it is not wrapped. */
  int width() {
    int w = width.getAsInt();
    return w <= 0 ? 0 : Math.max(MIN_WIDTH, w);
  }

  /**
   * One line of text (no line breaks) wrapped; continuation lines start with {@code hanging}.
   * Its own leading indent is kept.
   */
  String line(String text, String hanging) {
    int w = width();
    if (w == 0 || visible(text) <= w) {
      return text;
    }
    int indent = 0;
    while (indent < text.length() && text.charAt(indent) == ' ') {
      indent++;
    }
    StringBuilder out = new StringBuilder(text.substring(0, indent));
    int used = indent;
    boolean lineEmpty = true;
    for (String word : text.substring(indent).split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      int len = visible(word);
      if (!lineEmpty && used + 1 + len > w) {
        out.append('\n').append(hanging);
        used = visible(hanging);
        lineEmpty = true;
      }
      if (!lineEmpty) {
        out.append(' ');
        used++;
      }
      out.append(word);
      used += len;
      lineEmpty = false;
    }
    return out.toString();
  }

  /** A line with no hanging indent but its own. */
  String line(String text) {
    int indent = 0;
    while (indent < text.length() && text.charAt(indent) == ' ') {
      indent++;
    }
    return line(text, " ".repeat(indent));
  }

  /** Each line of {@code text} wrapped on its own. */
  String lines(String text) {
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.append(i == 0 ? "" : "\n").append(line(lines[i]));
    }
    return out.toString();
  }

  /** Columns {@code s} takes on screen: its length without ANSI escapes, code points counted once. */
  static int visible(String s) {
    String plain = ANSI.matcher(s).replaceAll("");
    return plain.codePointCount(0, plain.length());
  }
}
