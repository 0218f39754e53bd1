package dailypy.progress;

import java.util.List;

/** The two engines the progress store runs on, and where each one's migrations live. */
public enum Dialect {
  /** One file, embedded: the single-machine default. */
  SQLITE("sqlite"),
  /** A server several bot and grader processes share: the scaled layout. */
  POSTGRESQL("postgresql");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /**
   * The Flyway locations of this engine: the files both engines share, then its own. One version
   * history on both: a version lives in {@code common} or has a twin in each engine's folder.
   */
  List<String> migrationLocations() {
    return List.of("classpath:db/migration/common", "classpath:db/migration/" + folder);
  }
}
