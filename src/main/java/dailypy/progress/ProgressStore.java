package dailypy.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;

/**
 * The progress store: one SQLite file (the default), or a PostgreSQL database that several bot
 * processes share ({@code progress.database: postgresql://...}, see {@link StoreUrl}). {@link
 * #open} creates the folder and file or connects, applies the schema migrations; the accessors
 * return the focused repositories, which run the same SQL on both engines. Thread-safe; close it
 * once at shutdown.
 */
public final class ProgressStore implements AutoCloseable {
  /** Where the database lives unless configured otherwise. */
  public static final Path DEFAULT_PATH = Path.of("data", "tutor.db");

  private final StoreUrl location;
  private final Database db;
  private final Guilds guilds;
  private final DailyPosts posts;
  private final QuestionHistory history;
  private final Submissions submissions;
  private final HintsAndReveals hints;
  private final Streaks streaks;
  private final Leaderboards leaderboards;
  private final Profiles profiles;
  private final UserSettings userSettings;
  private final AnswerResults answerResults;

  private ProgressStore(StoreUrl location, Database db, Clock clock) {
    this.location = location;
    this.db = db;
    this.guilds = new Guilds(db, clock);
    this.posts = new DailyPosts(db, clock);
    this.history = new QuestionHistory(db, clock);
    this.submissions = new Submissions(db, clock);
    this.hints = new HintsAndReveals(db, clock);
    this.streaks = new Streaks(db, clock);
    this.leaderboards = new Leaderboards(db, clock);
    this.profiles = new Profiles(db, clock);
    this.userSettings = new UserSettings(db);
    this.answerResults = new AnswerResults(db, clock);
  }

  /**
   * Opens (creating if needed) the database at {@code file}.
   *
   * @throws SchemaTooNewException if a newer tutor wrote this database
   * @throws ProgressStoreException if the file cannot be opened or migrated
   */
  public static ProgressStore open(Path file, Clock clock) {
    return open(StoreUrl.sqlite(file), clock);
  }

  /** Opens the store {@code progress.database} names: a file path or a PostgreSQL URL. */
  public static ProgressStore open(String database, Clock clock) {
    return open(StoreUrl.parse(database), clock);
  }

  /**
   * Opens (creating the file, or the tables, if needed) the store at {@code location}. A SQLite
   * file is checked first, so a damaged, foreign or read-only one is named in plain words and
   * left untouched.
   *
   * @throws SchemaTooNewException if a newer tutor wrote this database
   * @throws ProgressStoreException if it cannot be opened or migrated
   */
  public static ProgressStore open(StoreUrl location, Clock clock) {
    Path file = location.file();
    if (location.dialect() == Dialect.SQLITE) {
      createFolder(file);
      DatabaseFiles.checkUsable(file);
    }
    try {
      Migrations.apply(location);
    } catch (SchemaTooNewException e) {
      throw e;
    } catch (RuntimeException e) {
      throw file != null ? DatabaseFiles.explain(file, "migrating", e)
          : new ProgressStoreException("Cannot open the progress store " + location + ": "
              + e.getMessage());
    }
    try {
      Database db =
          location.dialect() == Dialect.SQLITE
              ? new SqliteDatabase(location.jdbcUrl())
              : new PostgresDatabase(location);
      return new ProgressStore(location, db, clock);
    } catch (SQLException e) {
      throw file != null ? DatabaseFiles.explain(file, "opening", e)
          : new ProgressStoreException("Cannot open the progress store " + location + ": "
              + e.getMessage());
    }
  }

  private static void createFolder(Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
    } catch (IOException e) {
      throw new ProgressStoreException("cannot create the folder for the database " + file + " ("
          + e.getMessage() + ")");
    }
  }

  /** The SQLite file, or null when the store is a PostgreSQL database. */
  public Path file() {
    return location.file();
  }

  public StoreUrl location() {
    return location;
  }

  public Guilds guilds() {
    return guilds;
  }

  public DailyPosts posts() {
    return posts;
  }

  public QuestionHistory history() {
    return history;
  }

  public Submissions submissions() {
    return submissions;
  }

  public HintsAndReveals hints() {
    return hints;
  }

  public Streaks streaks() {
    return streaks;
  }

  public Leaderboards leaderboards() {
    return leaderboards;
  }

  public Profiles profiles() {
    return profiles;
  }

  public UserSettings userSettings() {
    return userSettings;
  }

  public AnswerResults answerResults() {
    return answerResults;
  }

  /** Deletes everything about a user in a guild, keeping only anonymous counts. */
  public ForgetResult forgetMe(long guildId, long userId) {
    return db.write("forgetting a user", c -> Privacy.forget(c, guildId, userId));
  }

  /**
   * A consistent copy of the live database at {@code target} (see {@link Backups#copy}). SQLite
   * only: a PostgreSQL store is backed up with the server's own tools (pg_dump).
   */
  public void backup(Path target) {
    if (db.dialect() != Dialect.SQLITE) {
      throw new ProgressStoreException(
          "A PostgreSQL progress store is backed up with pg_dump, not tutor backup");
    }
    db.read(
        "backing up",
        c -> {
          // VACUUM INTO cannot run inside the read transaction the reader opens; end it first.
          try (var st = c.createStatement()) {
            st.execute("COMMIT");
          }
          try {
            Backups.copy(c, target);
          } finally {
            try (var st = c.createStatement()) {
              st.execute("BEGIN");
            }
          }
          return null;
        });
  }

  @Override
  public void close() {
    db.close();
  }
}
