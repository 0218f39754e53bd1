package dailypy.progress;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connections to a PostgreSQL database that several bot processes share. Every write runs as a
 * SERIALIZABLE transaction: the repositories read, decide and write (is this the first solve? what
 * is the streak now?), and serializable isolation makes each such transaction behave as if it ran
 * alone, across processes, exactly as SQLite's single writer does within one file. PostgreSQL
 * aborts one of two conflicting transactions (SQLSTATE 40001) instead of letting both commit;
 * the loser is run again from the start, so it sees the winner's rows. Unique constraints (one
 * post per guild, level and day; one solve per user and question) back this up.
 */
final class PostgresDatabase implements Database {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);

  /** Connections per process; the bot's store work is short transactions. */
  static final int CONNECTIONS = 4;

  private static final long WAIT_FOR_CONNECTION_MS = 10_000;

  /** Serialization failures under a burst of answers for one post need a few more tries. */
  private static final int ATTEMPTS = 20;

  private final StoreUrl url;
  private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(CONNECTIONS);
  private final List<Connection> all = new ArrayList<>();
  private volatile boolean closed;

  PostgresDatabase(StoreUrl url) throws SQLException {
    this.url = url;
    try {
      for (int i = 0; i < CONNECTIONS; i++) {
        Connection c = connect(url);
        synchronized (all) {
          all.add(c);
        }
        idle.add(c);
      }
    } catch (SQLException e) {
      close();
      throw e;
    }
  }

  static Connection connect(StoreUrl url) throws SQLException {
    Properties props = new Properties();
    if (url.user() != null) {
      props.setProperty("user", url.user());
    }
    if (url.password() != null) {
      props.setProperty("password", url.password());
    }
    props.setProperty("ApplicationName", "tutor");
    props.setProperty("tcpKeepAlive", "true");
    return DriverManager.getConnection(url.jdbcUrl(), props);
  }

  @Override
  public Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  public <T> T write(String what, Work<T> work) {
    return run(what, "BEGIN ISOLATION LEVEL SERIALIZABLE", work);
  }

  @Override
  public <T> T read(String what, Work<T> work) {
    return run(what, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", work);
  }

  private <T> T run(String what, String begin, Work<T> work) {
    Connection c = take(what);
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          return Database.inTransaction(c, begin, work);
        } catch (SQLException e) {
          if (isBroken(e)) {
            c = replace(c, what, e);
          } else if (!isConflict(e) || attempt >= ATTEMPTS) {
            throw Database.failure(what, e);
          }
          if (attempt >= ATTEMPTS) {
            throw Database.failure(what, e);
          }
          // Randomised so the transactions that collided do not collide again in step.
          Database.sleepQuietly(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        }
      }
    } finally {
      idle.add(c);
    }
  }

  private Connection take(String what) {
    if (closed) {
      throw new ProgressStoreException("The progress store is closed (during " + what + ")");
    }
    try {
      Connection c = idle.poll(WAIT_FOR_CONNECTION_MS, TimeUnit.MILLISECONDS);
      if (c == null) {
        throw new ProgressStoreException("No progress store connection became free in time for " + what);
      }
      return c;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProgressStoreException("Interrupted while waiting for the progress store");
    }
  }

  /** A connection the server dropped (restart, network) is replaced and the work tried again. */
  private Connection replace(Connection broken, String what, SQLException cause) {
    LOG.warn("progress store connection lost during {} ({}); reconnecting", what, cause.getMessage());
    try {
      broken.close();
    } catch (SQLException ignored) {
      // It is already gone.
    }
    try {
      Connection fresh = connect(url);
      synchronized (all) {
        all.remove(broken);
        all.add(fresh);
      }
      return fresh;
    } catch (SQLException e) {
      throw Database.failure(what + " (reconnecting)", e);
    }
  }

  /**
   * Serialization failure, deadlock, or a unique key two writers inserted at once: the
   * transaction was aborted and may simply run again. PostgreSQL reports a concurrent insert of
   * the same key (two processes recording the same first solve) as a unique violation (23505)
   * rather than a serialization failure when the transaction did not read that key's row first;
   * run again, it reads the winner's row and decides accordingly. Retries are bounded, so a key
   * that is truly taken still fails.
   */
  static boolean isConflict(SQLException e) {
    String state = e.getSQLState();
    return "40001".equals(state) || "40P01".equals(state) || "23505".equals(state);
  }

  private static boolean isBroken(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("08") || state.equals("57P01"));
  }

  @Override
  public void close() {
    closed = true;
    synchronized (all) {
      for (Connection c : all) {
        try {
          c.close();
        } catch (SQLException e) {
          LOG.warn("closing a progress store connection failed", e);
        }
      }
      all.clear();
    }
  }
}
