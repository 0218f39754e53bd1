package dailypy.practice;

/**
 * ANSI styling for a terminal, or none for pipes and files. Colour is on only for a real
 * terminal and never when {@code NO_COLOR} is set (https://no-color.org).
 */
public final class Style {
  private static final String RESET = "\u001b[0m";
  private final boolean on;

  private Style(boolean on) {
    this.on = on;
  }

  public static Style ansi() {
    return new Style(true);
  }

  public static Style plain() {
    return new Style(false);
  }

  /** Colour when stdout is a terminal that is not "dumb" and NO_COLOR is unset. */
  public static Style detect() {
    String term = System.getenv("TERM");
    boolean tty = System.console() != null && term != null && !term.equals("dumb");
    return new Style(tty && System.getenv("NO_COLOR") == null);
  }

  public boolean enabled() {
    return on;
  }

  public String bold(String s) {
    return wrap("1", s);
  }

  public String dim(String s) {
    return wrap("2", s);
  }

  public String italic(String s) {
    return wrap("3", s);
  }

  public String green(String s) {
    return wrap("32", s);
  }

  public String red(String s) {
    return wrap("31", s);
  }

  public String yellow(String s) {
    return wrap("33", s);
  }

  public String cyan(String s) {
    return wrap("36", s);
  }

  /** The level's colour, as on Discord: basic green, intermediate yellow, advanced red. */
  public String level(String level, String s) {
    return switch (level) {
      case "basic" -> green(s);
      case "intermediate" -> yellow(s);
      case "advanced" -> red(s);
      default -> s;
    };
  }

  private String wrap(String code, String s) {
    return on && !s.isEmpty() ? "\u001b[" + code + "m" + s + RESET : s;
  }
}
