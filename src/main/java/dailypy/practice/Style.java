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

  /** The text looks a terminal can give, by their SGR code. */
  public enum Look {
    BOLD("1"), DIM("2"), ITALIC("3"), RED("31"), GREEN("32"), YELLOW("33"), CYAN("36");

    private final String code;

    Look(String code) {
      this.code = code;
    }
  }

  /** {@code s} in that look; unchanged when colour is off or {@code s} is empty. */
  public String paint(Look look, String s) {
    return on && !s.isEmpty() ? "\u001b[" + look.code + "m" + s + RESET : s;
  }

  /** The level's colour, as on Discord: basic green, intermediate yellow, advanced red. */
  public String level(String level, String s) {
    return switch (level) {
      case "basic" -> paint(Look.GREEN, s);
      case "intermediate" -> paint(Look.YELLOW, s);
      case "advanced" -> paint(Look.RED, s);
      default -> s;
    };
  }
}
