package dailypy.progress;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Connections to one SQLite file: a single writer connection behind a fair lock (the only write
 * path, so writers in this process never contend inside SQLite) and a small pool of reader
 * connections, which WAL lets run alongside the writer.
 */
final class SqliteDatabase implements Database {
  private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);

  /** How long a statement waits for another process's lock before SQLite reports busy. */
  static final int BUSY_TIMEOUT_MS = 10_000;

  private static final int READERS = 3;
  private static final long CHECKPOINT_EVERY_MS = 1000;
  private static final int WRITE_ATTEMPTS = 4;

  private final String url;
  private final ReentrantLock writeLock = new ReentrantLock(true);
  private final Connection writer;
  private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
  private final List<Connection> all = new ArrayList<>();
  private final Connection checkpointer;
  private final ScheduledExecutorService checkpoints;

  SqliteDatabase(String url) throws SQLException {
    this.url = url;
    try {
      writer = connect(url);
      all.add(writer);
      try (Statement st = writer.createStatement()) {
        // WAL is a property of the file; set once from the writer.
        st.execute("PRAGMA journal_mode=WAL");
        // Checkpoints (which fsync the database file) run on a background thread instead of
        // inside whichever commit crosses the threshold, keeping them out of recording latency.
        st.execute("PRAGMA wal_autocheckpoint=0");
      }
      checkpointer = connect(url);
      all.add(checkpointer);
      for (int i = 0; i < READERS; i++) {
        Connection reader = connect(url);
        all.add(reader);
        readers.add(reader);
      }
    } catch (SQLException e) {
      closeAll();
      throw e;
    }
    checkpoints =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("progress-checkpoint").unstarted(r));
    checkpoints.scheduleWithFixedDelay(
        this::checkpoint, CHECKPOINT_EVERY_MS, CHECKPOINT_EVERY_MS, TimeUnit.MILLISECONDS);
  }

  /** PASSIVE: copies what it can without waiting for or blocking the writer and readers. */
  private void checkpoint() {
    try (Statement st = checkpointer.createStatement()) {
      st.execute("PRAGMA wal_checkpoint(PASSIVE)");
    } catch (SQLException e) {
      LOG.warn("background WAL checkpoint failed; will retry", e);
    }
  }

  /** Opens a connection with the store's pragmas (see package-info for why each). */
  static Connection connect(String url) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    return DriverManager.getConnection(url, config.toProperties());
  }

  String url() {
    return url;
  }

  @Override
  public Dialect dialect() {
    return Dialect.SQLITE;
  }

  /**
   * Runs {@code work} in one IMMEDIATE transaction on the writer connection: all of it commits
   * or none of it does. A busy database (another process holding the lock past the busy timeout)
   * is retried a few times before the caller sees an error.
   */
  @Override
  public <T> T write(String what, Work<T> work) {
    writeLock.lock();
    try {
      return inTransactionWhileBusy(writer, "BEGIN IMMEDIATE", what, work, true);
    } finally {
      writeLock.unlock();
    }
  }

  /** Runs {@code work} on a reader connection inside one read transaction (one snapshot). */
  @Override
  public <T> T read(String what, Work<T> work) {
    Connection c;
    try {
      c = readers.poll(BUSY_TIMEOUT_MS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProgressStoreException("Interrupted while waiting to read the progress store");
    }
    if (c == null) {
      throw new ProgressStoreException("No progress store reader became free in time for " + what);
    }
    try {
      return inTransactionWhileBusy(c, "BEGIN", what, work, false);
    } finally {
      readers.add(c);
    }
  }

  /**
   * Runs {@code work} in one transaction on {@code c}, and again after a short pause while SQLite
   * says the database is busy or locked, up to {@link #WRITE_ATTEMPTS} attempts in all.
   *
   * @param logRetries whether each retry is logged (a write waits for another process's lock)
   */
  private static <T> T inTransactionWhileBusy(Connection c, String begin, String what,
      Work<T> work, boolean logRetries) {
    for (int attempt = 1; ; attempt++) {
      try {
        return Database.inTransaction(c, begin, work);
      } catch (SQLException e) {
        if (isBusy(e) && attempt < WRITE_ATTEMPTS) {
          if (logRetries) {
            LOG.warn("progress store busy during {} (attempt {}), retrying", what, attempt);
          }
          Database.sleepQuietly(50L * attempt);
          continue;
        }
        throw Database.failure(what, e);
      }
    }
  }

  static boolean isBusy(SQLException e) {
    int primary = e.getErrorCode() & 0xff;
    return primary == 5 || primary == 6; // SQLITE_BUSY, SQLITE_LOCKED
  }

  @Override
  public void close() {
    checkpoints.shutdownNow();
    try {
      checkpoints.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    writeLock.lock();
    try {
      closeAll();
    } finally {
      writeLock.unlock();
    }
  }

  private void closeAll() {
    for (Connection c : all) {
      try {
        c.close();
      } catch (SQLException e) {
        LOG.warn("closing a progress store connection failed", e);
      }
    }
  }
}
