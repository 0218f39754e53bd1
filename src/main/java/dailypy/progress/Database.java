package dailypy.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

  /**
   * Runs {@code work} between {@code begin} and COMMIT on one connection, rolling back when it
   * does not get to COMMIT. Both engines use it; only their BEGIN and their retries differ.
   */
  static <T> T inTransaction(Connection c, String begin, Work<T> work) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(begin);
    }
    boolean done = false;
    try {
      T result = work.run(c);
      try (Statement st = c.createStatement()) {
        st.execute("COMMIT");
      }
      done = true;
      return result;
    } finally {
      if (!done) {
        try (Statement st = c.createStatement()) {
          st.execute("ROLLBACK");
        } catch (SQLException ignored) {
          // No transaction is open any more: BEGIN or COMMIT itself failed, or the connection
          // is gone, and the engine rolled back.
        }
      }
    }
  }

  static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
