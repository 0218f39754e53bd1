package dailypy.practice;

import static dailypy.practice.Style.Look.BOLD;
import static dailypy.practice.Style.Look.CYAN;
import static dailypy.practice.Style.Look.ITALIC;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the Markdown of prompts, hints and explanations for a terminal: code blocks indented
 * (and coloured when styling is on), headings bold, bullets as "•", inline code, bold and italic
 * styled, and their markers removed; prose wrapped to the terminal, code never. Plain style keeps inline code's backticks, so a copy-paste
 * of the text still shows what is code.
 */
public final class MarkdownText {
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
  private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+]\\s+(.*)$");
  private static final Pattern INLINE = Pattern.compile(
      "`([^`\\n]+)`|\\*\\*([^*\\n]+)\\*\\*|__([^_\\n]+)__|(?<![\\w*])\\*([^*\\n]+)\\*(?![\\w*])"
          + "|(?<!\\w)_([^_\\n]+)_(?!\\w)");

  private final Style style;
  private final TextWrap wrap;

  public MarkdownText(Style style) {
    this(style, TextWrap.NONE);
  }

  /** Prose is wrapped with {@code wrap}; code blocks never are. */
  MarkdownText(Style style, TextWrap wrap) {
    this.style = style;
    this.wrap = wrap;
  }

  public String render(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    boolean inFence = false;
    for (String line : markdown.strip().split("\n", -1)) {
      if (line.strip().startsWith("```")) {
        inFence = !inFence;
        continue;
      }
      if (inFence) {
        out.append("    ").append(style.paint(CYAN, line)).append('\n');
        continue;
      }
      Matcher h = HEADING.matcher(line);
      Matcher b = BULLET.matcher(line);
      if (h.matches()) {
        out.append(wrap.line(style.paint(BOLD, inline(h.group(1))))).append('\n');
      } else if (b.matches()) {
        String bullet = b.group(1) + "  • ";
        out.append(wrap.line(bullet + inline(b.group(2)), " ".repeat(bullet.length()))).append('\n');
      } else {
        out.append(wrap.line(inline(line))).append('\n');
      }
    }
    return out.toString();
  }

  /** Inline code, bold and italic. */
  String inline(String text) {
    Matcher m = INLINE.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String replacement;
      if (m.group(1) != null) {
        replacement = style.enabled() ? style.paint(CYAN, m.group(1)) : "`" + m.group(1) + "`";
      } else if (m.group(2) != null || m.group(3) != null) {
        replacement = style.paint(BOLD, m.group(2) != null ? m.group(2) : m.group(3));
      } else {
        replacement = style.paint(ITALIC, m.group(4) != null ? m.group(4) : m.group(5));
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
