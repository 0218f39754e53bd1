package dailypy.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The grading farm's job queue, a table in the shared PostgreSQL database. Bots {@link #enqueue}
 * (and NOTIFY {@value #JOBS}); graders {@link #claim} the oldest open job with {@code FOR UPDATE
 * SKIP LOCKED}, so two graders never take the same job, under a lease: a job whose grader died
 * (kill -9, lost machine) is claimed again once its lease ends, so delivery is at least once.
 * {@link #complete} records only the first result of a job (and NOTIFYs {@value #DONE} with its
 * id), so a job graded twice still has exactly one result. Thread-safe.
 */
public final class GradingJobs implements AutoCloseable {
  /** Channel a bot notifies when it enqueues; idle graders listen on it. */
  public static final String JOBS = "grading_jobs";

  /** Channel a grader notifies, with the job id, when a result is recorded; bots listen on it. */
  public static final String DONE = "grading_done";

  private final StoreUrl url;
  private Connection c;

  /** One job as a grader receives it: the submission and the question id, never the answer key. */
  public record Job(long id, String questionId, String answer, int attempts) {}

  private GradingJobs(StoreUrl url, Connection c) {
    this.url = url;
    this.c = c;
  }

  /** Connects to the queue in the PostgreSQL database {@code url}, creating its table if needed. */
  public static GradingJobs open(StoreUrl url) {
    if (url.dialect() != Dialect.POSTGRESQL) {
      throw new ProgressStoreException("The grading queue needs progress.database on PostgreSQL,"
          + " not " + url.describe());
    }
    // The progress schema first: its history must exist before any other table does.
    Migrations.apply(url);
    Flyway.configure()
        .dataSource(url.jdbcUrl(), url.user() == null ? "" : url.user(),
            url.password() == null ? "" : url.password())
        .locations("classpath:db/queue/postgresql")
        .table("queue_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    try {
      return new GradingJobs(url, PostgresDatabase.connect(url));
    } catch (SQLException e) {
      throw Database.failure("connecting to the grading queue", e);
    }
  }

  /** Queues a submission and wakes an idle grader; returns the job id. */
  public synchronized long enqueue(String questionId, String answer) {
    return onQueue("queueing a submission", c -> Sql.queryLong(c,
        "WITH j AS (INSERT INTO grading_jobs (question_id, answer) VALUES (?, ?) RETURNING id)"
            + " SELECT id, pg_notify('" + JOBS + "', id::text) FROM j",
        questionId, answer).orElseThrow());
  }

  /**
   * Takes the oldest job that is queued, or running past its lease (its grader is presumed dead),
   * for {@code lease}. Empty when there is none. Locked rows are skipped, not waited for.
   */
  public synchronized Optional<Job> claim(String worker, Duration lease) {
    return onQueue("claiming a grading job", c -> Sql.queryOne(c,
        "UPDATE grading_jobs SET state = 'running', attempts = attempts + 1, worker = ?,"
            + " started_at = clock_timestamp(),"
            + " lease_until = clock_timestamp() + make_interval(secs => ?)"
            + " WHERE id = (SELECT id FROM grading_jobs WHERE state = 'queued'"
            + " OR (state = 'running' AND lease_until < clock_timestamp())"
            + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)"
            + " RETURNING id, question_id, answer, attempts",
        rs -> new Job(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
        worker, lease.toMillis() / 1000.0));
  }

  /**
   * Records a job's result unless it has one already (a redelivered job graded twice). Returns
   * whether this call recorded it; only then are bots notified.
   */
  public synchronized boolean complete(long id, String resultJson) {
    return onQueue("recording a grading result", c -> Sql.exists(c,
        "WITH d AS (UPDATE grading_jobs SET state = 'done', result = ?,"
            + " finished_at = clock_timestamp(), lease_until = NULL"
            + " WHERE id = ? AND state <> 'done' RETURNING id)"
            + " SELECT id, pg_notify('" + DONE + "', id::text) FROM d",
        resultJson, id));
  }

  /** The results recorded so far for any of {@code ids}, by job id. */
  public synchronized Map<Long, String> results(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Map.Entry<Long, String>> done = onQueue("reading grading results", c -> Sql.queryList(c,
        "SELECT id, result FROM grading_jobs WHERE id = ANY (?) AND state = 'done'",
        rs -> Map.entry(rs.getLong(1), rs.getString(2)),
        c.createArrayOf("bigint", ids.toArray())));
    Map<Long, String> out = new HashMap<>();
    done.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** Jobs not done yet (queued or running): the farm's backlog. */
  public synchronized long depth() {
    return onQueue("measuring the grading queue", c -> Sql.queryLong(c,
        "SELECT count(*) FROM grading_jobs WHERE state <> 'done'").orElseThrow());
  }

  /**
   * Enqueue-to-start and enqueue-to-result times (ms) and the span from the first enqueue to the
   * last result, of the done jobs with ids in [{@code fromId}, {@code toId}].
   */
  public synchronized Timings timings(long fromId, long toId) {
    List<double[]> rows = onQueue("reading grading timings", c -> Sql.queryList(c,
        "SELECT extract(epoch FROM started_at - enqueued_at) * 1000,"
            + " extract(epoch FROM finished_at - enqueued_at) * 1000,"
            + " extract(epoch FROM (max(finished_at) OVER () - min(enqueued_at) OVER ())) * 1000"
            + " FROM grading_jobs WHERE id BETWEEN ? AND ? AND state = 'done' ORDER BY id",
        rs -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3)},
        fromId, toId));
    return new Timings(rows.stream().map(r -> r[0]).toList(), rows.stream().map(r -> r[1]).toList(),
        rows.isEmpty() ? 0 : rows.getLast()[2]);
  }

  /** Per-job times in milliseconds, in job order. */
  public record Timings(List<Double> toStart, List<Double> toResult, double spanMillis) {}

  /** A connection of its own that LISTENs on {@code channel}. */
  public Listener listen(String channel) {
    try {
      Connection own = PostgresDatabase.connect(url);
      try (Statement st = own.createStatement()) {
        st.execute("LISTEN " + channel);
      }
      return new Listener(own);
    } catch (SQLException e) {
      throw Database.failure("listening for " + channel, e);
    }
  }

  /** Notifications on one channel. Used by one thread. */
  public static final class Listener implements AutoCloseable {
    private Connection c;

    private Listener(Connection c) {
      this.c = c;
    }

    /**
     * The payloads that arrived, waiting up to {@code timeout} for the first. Empty after the
     * timeout; callers poll the table then too, so a notification lost with a connection costs a
     * timeout, never a job.
     */
    public List<String> await(Duration timeout) {
      try {
        PGNotification[] got =
            c.unwrap(PGConnection.class).getNotifications((int) Math.max(1, timeout.toMillis()));
        List<String> out = new ArrayList<>();
        if (got != null) {
          for (PGNotification n : got) {
            out.add(n.getParameter());
          }
        }
        return out;
      } catch (SQLException e) {
        throw Database.failure("waiting for notifications", e);
      }
    }

    @Override
    public void close() {
      try {
        c.close();
      } catch (SQLException ignored) {
        // Closing a listener that lost its connection.
      }
    }
  }

  /**
   * Runs {@code work} on the queue's connection. A failure is reported as {@code what}; a
   * connection the server dropped is replaced first, so the next call works again.
   */
  private <T> T onQueue(String what, Database.Work<T> work) {
    try {
      return work.run(c);
    } catch (SQLException e) {
      reconnectIfBroken(e);
      throw Database.failure(what, e);
    }
  }

  /**
   * After the server dropped the connection (restart, network), the next call gets a new one; this
   * call still fails, and its caller (a grader's loop, a bot's answer) reports it with a reference.
   */
  private void reconnectIfBroken(SQLException e) {
    String state = e.getSQLState();
    if (state == null || !(state.startsWith("08") || state.equals("57P01"))) {
      return;
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // Already gone.
    }
    try {
      c = PostgresDatabase.connect(url);
    } catch (SQLException again) {
      // The server is still away; the next failure tries again.
    }
  }

  @Override
  public synchronized void close() {
    try {
      c.close();
    } catch (SQLException ignored) {
      // Already closed.
    }
  }
}
