package dailypy.discord.render;

/**
 * Discord's size limits and helpers that cut text to them, so every message is valid by
 * construction. Cuts end with an ellipsis and never split a surrogate pair.
 */
public final class DiscordLimits {
  public static final int MESSAGE = 2000;
  public static final int EMBED_TITLE = 256;
  public static final int EMBED_DESCRIPTION = 4096;
  public static final int FIELD_NAME = 256;
  public static final int FIELD_VALUE = 1024;
  public static final int FOOTER = 2048;
  public static final int EMBED_TOTAL = 6000;
  public static final int MAX_FIELDS = 25;
  public static final int BUTTON_LABEL = 80;
  public static final int CHOICE_NAME = 100;
  public static final int THREAD_NAME = 100;

  private static final String ELLIPSIS = "…";

  private DiscordLimits() {}

  /** {@code text} cut to at most {@code max} characters, ending with "…" when it was cut. */
  public static String truncate(String text, int max) {
    if (text == null) {
      return "";
    }
    if (text.length() <= max) {
      return text;
    }
    if (max <= 0) {
      return "";
    }
    int end = max - ELLIPSIS.length();
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, Math.max(0, end)) + ELLIPSIS;
  }

  public static String message(String text) {
    return truncate(text, MESSAGE);
  }

  public static String description(String text) {
    return truncate(text, EMBED_DESCRIPTION);
  }

  public static String fieldValue(String text) {
    return truncate(text, FIELD_VALUE);
  }

  public static String title(String text) {
    return truncate(text, EMBED_TITLE);
  }

  /** The first {@code maxLines} lines and at most {@code maxChars} characters of {@code text}. */
  public static Trimmed trimLines(String text, int maxLines, int maxChars) {
    String t = text == null ? "" : text;
    String[] lines = t.split("\n", -1);
    String kept = t;
    if (lines.length > maxLines) {
      kept = String.join("\n", java.util.Arrays.copyOf(lines, maxLines));
    }
    if (kept.length() > maxChars) {
      kept = kept.substring(0, maxChars);
    }
    boolean cut = !kept.equals(t);
    return new Trimmed(cut ? kept + "\n…" : kept, cut);
  }

  /** Text that may have been cut; {@code cut} says whether the full text should be attached. */
  public record Trimmed(String text, boolean cut) {}
}
