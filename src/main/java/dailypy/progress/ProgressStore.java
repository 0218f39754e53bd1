package dailypy.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;

/**
 * The progress store: one SQLite file. {@link #open} creates the folder and file, applies the
 * schema migrations and pragmas; the accessors return the focused repositories. Thread-safe;
 * close it once at shutdown.
 */
public final class ProgressStore implements AutoCloseable {
  /** Where the database lives unless configured otherwise. */
  public static final Path DEFAULT_PATH = Path.of("data", "tutor.db");

  private final Path file;
  private final Database db;
  private final Guilds guilds;
  private final DailyPosts posts;
  private final QuestionHistory history;
  private final Submissions submissions;
  private final Streaks streaks;
  private final Leaderboards leaderboards;
  private final Profiles profiles;
  private final UserSettings userSettings;
  private final AnswerResults answerResults;

  private ProgressStore(Path file, Database db, Clock clock) {
    this.file = file;
    this.db = db;
    this.guilds = new Guilds(db, clock);
    this.posts = new DailyPosts(db, clock);
    this.history = new QuestionHistory(db, clock);
    this.submissions = new Submissions(db, clock);
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
    Path abs = file.toAbsolutePath();
    try {
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
    } catch (IOException e) {
      throw new ProgressStoreException("cannot create the folder for the database " + file + " ("
          + e.getMessage() + ")");
    }
    DatabaseFiles.checkUsable(file);
    String url = Backups.url(abs);
    try {
      Migrations.apply(abs, url);
    } catch (SchemaTooNewException e) {
      throw e;
    } catch (RuntimeException e) {
      throw DatabaseFiles.explain(file, "migrating", e);
    }
    try {
      return new ProgressStore(abs, new Database(url), clock);
    } catch (SQLException e) {
      throw DatabaseFiles.explain(file, "opening", e);
    }
  }

  public Path file() {
    return file;
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

  /** A consistent copy of the live database at {@code target} (see {@link Backups#copy}). */
  public void backup(Path target) {
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
