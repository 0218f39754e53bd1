package dailypy.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's one path to its engine: every repository reads and writes through a transaction
 * handed out here, so the engine's concurrency rules live in one class per engine.
 */
sealed interface Database extends AutoCloseable permits SqliteDatabase, PostgresDatabase {
  /** Work done inside one transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction that sees no concurrent writer's effects (serialized in
   * SQLite, serializable in PostgreSQL): all of it commits or none of it does. Conflicts with
   * other writers, in this process or another, are retried before the caller sees an error.
   */
  <T> T write(String what, Work<T> work);

  /** Runs {@code work} inside one read transaction (one snapshot). */
  <T> T read(String what, Work<T> work);

  Dialect dialect();

  @Override
  void close();

  /** The error a caller sees: a message, and a reference that the logged stack trace carries. */
  static ProgressStoreException failure(String what, SQLException e) {
    String ref = UUID.randomUUID().toString().substring(0, 8);
    Logger log = LoggerFactory.getLogger(Database.class);
    log.error("progress store failed during {} [ref {}]", what, ref, e);
    return new ProgressStoreException("The progress store failed during " + what, ref, e);
  }

  static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
