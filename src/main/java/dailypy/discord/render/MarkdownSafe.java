package dailypy.discord.render;

/**
 * Puts text that came from a user or a grading (output, test names, failure and error messages)
 * into Discord Markdown so that it shows as written: it can neither format the message (headings,
 * masked links, bold, quotes, lists, mention-like shapes) nor close the code it is shown in.
 * Question prompts are Markdown on purpose and never go through here.
 */
public final class MarkdownSafe {
  /**
   * Characters Discord's Markdown gives a meaning to anywhere in a line. A backslash before any
   * punctuation shows that character as written, so each of these gets one. {@code <} stops
   * mention, channel, emoji and timestamp shapes ({@code <@123>}, {@code <#1>}, {@code <:a:1>}).
   */
  private static final String SPECIAL = "\\*_~`|>#-[]()<";
  private static final char ZERO_WIDTH_SPACE = '\u200b';
  private static final String FENCE = "```";
  private static final String ELLIPSIS = "…";

  private MarkdownSafe() {}

  /** {@code text} with every Markdown character escaped, so it renders as plain text. */
  public static String escape(String text) {
    return escape(text, Integer.MAX_VALUE);
  }

  /**
   * {@link #escape(String)}, at most {@code max} characters long. The cut keeps whole escapes (a
   * lone backslash at the end would escape whatever follows) and ends with "…".
   */
  public static String escape(String text, int max) {
    if (text == null || text.isEmpty() || max <= 0) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    int fitsWithEllipsis = 0; // out's length at the last whole unit that leaves room for "…"
    boolean lineStart = true;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String unit = escapeOne(text, i, cp, lineStart);
      i += Character.charCount(cp);
      lineStart = cp == '\n' || lineStart && (cp == ' ' || cp == '\t');
      if (out.length() + unit.length() > max) {
        return out.substring(0, fitsWithEllipsis) + ELLIPSIS;
      }
      out.append(unit);
      if (out.length() <= max - ELLIPSIS.length()) {
        fitsWithEllipsis = out.length();
      }
    }
    return out.toString();
  }

  /** One code point as it must be written; {@code lineStart} when only blanks precede it on its line. */
  private static String escapeOne(String text, int i, int cp, boolean lineStart) {
    if (cp < 0x80 && SPECIAL.indexOf(cp) >= 0) {
      return "\\" + (char) cp;
    }
    // "+ item" is a list item, and so is "12. item": only at the start of a line
    if ((lineStart && cp == '+') || (cp == '.' && followsLeadingDigits(text, i))) {
      return "\\" + (char) cp;
    }
    return Character.toString(cp);
  }

  /** True when the characters before {@code i} on its line are blanks and then one or more digits. */
  private static boolean followsLeadingDigits(String text, int i) {
    int j = i;
    while (j > 0 && Character.isDigit(text.charAt(j - 1))) {
      j--;
    }
    if (j == i) {
      return false;
    }
    while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\t')) {
      j--;
    }
    return j == 0 || text.charAt(j - 1) == '\n';
  }

  /**
   * {@code text} as inline code, the text cut to {@code max} characters. Backslashes do not work
   * inside inline code, so a backtick in the text, which would end the span, becomes {@code '}.
   */
  public static String inlineCode(String text, int max) {
    return "`" + DiscordLimits.truncate(inlineCodeText(text), max) + "`";
  }

  /** The text with its backticks made {@code '}, for a caller that writes the inline code itself. */
  public static String inlineCodeText(String text) {
    return text == null ? "" : text.replace('`', '\'');
  }

  /**
   * {@code code} in a fenced block of at most {@code max} characters in total. Discord ends a
   * block at the first three backticks in a row wherever they are, so a zero-width space goes
   * after every backtick that another follows: no two are left side by side. Cutting afterwards
   * only shortens the text, so it cannot make a new run.
   */
  public static String codeBlock(String language, String code, int max) {
    String safe = code == null ? "" : code.replaceAll("`(?=`)", "`" + ZERO_WIDTH_SPACE);
    if (safe.chars().allMatch(c -> c == '\n')) {
      // a block with nothing but line breaks is not a block to Discord: its fences would show
      safe = ZERO_WIDTH_SPACE + safe;
    }
    String open = FENCE + (language == null ? "" : language) + "\n";
    String close = "\n" + FENCE;
    int room = max - open.length() - close.length();
    return open + DiscordLimits.truncate(safe, Math.max(0, room)) + close;
  }
}
