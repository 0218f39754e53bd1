package dailypy.progress;

import java.util.Locale;

/** Question levels and the points a solve of each is worth before penalties. */
public enum Level {
  BASIC(10),
  INTERMEDIATE(20),
  ADVANCED(30);

  private final int points;

  Level(int points) {
    this.points = points;
  }

  /** Full points for a solve at this level, before hint penalties and bonuses. */
  public int points() {
    return points;
  }

  /** The lower-case name used in the question bank and the database, e.g. {@code basic}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code basic}, {@code intermediate} or {@code advanced} (any case). */
  public static Level parse(String text) {
    if (text != null) {
      for (Level level : values()) {
        if (level.id().equalsIgnoreCase(text.strip())) {
          return level;
        }
      }
    }
    throw new IllegalArgumentException(
        "Unknown level '" + text + "': expected basic, intermediate or advanced");
  }
}
