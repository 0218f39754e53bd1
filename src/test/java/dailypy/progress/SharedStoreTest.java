package dailypy.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dailypy.testing.MutableClock;
import dailypy.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Migrations and concurrent writers, on both engines. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class SharedStoreTest {
  @Parameter StoreKind kind;
  @TempDir Path dir;

  @Test
  void refusesADatabaseWrittenByANewerVersion() throws Exception {
    StoreUrl location = kind.fresh(dir);
    ProgressStore.open(location, new MutableClock(Instant.now())).close();
    // A newer tutor added migration V6.
    Path newer = Files.createDirectories(dir.resolve("newer"));
    Files.writeString(newer.resolve("V6__future_feature.sql"), "CREATE TABLE future (x INTEGER);");
    List<String> locations = new ArrayList<>(location.dialect().migrationLocations());
    locations.add("filesystem:" + newer);
    Flyway.configure()
        .dataSource(location.jdbcUrl(), "", "")
        .locations(locations.toArray(String[]::new))
        .load()
        .migrate();
    assertThatThrownBy(() -> ProgressStore.open(location, new MutableClock(Instant.now())))
        .isInstanceOf(SchemaTooNewException.class)
        .hasMessageContaining("schema version 6")
        .hasMessageContaining("only knows schema version 5")
        .hasMessageContaining(location.describe());
  }

  @Test
  void manyConcurrentWritersLoseNothingAndAwardOneFirstSolver() throws Exception {
    StoreUrl location = kind.fresh(dir);
    MutableClock clock = new MutableClock(Instant.parse("2026-05-05T10:00:00Z"));
    int threads = 16;
    int perThread = kind == StoreKind.SQLITE ? 40 : 15;
    // Two stores on one database stand in for two processes (e.g. the bot and a maintenance
    // command); ProcessesTest runs real ones.
    try (ProgressStore a = ProgressStore.open(location, clock);
        ProgressStore b = ProgressStore.open(location, clock)) {
      DailyPost post = a.posts().claim(1, Level.BASIC, LocalDate.of(2026, 5, 5), "q").post();
      a.posts().markPosted(post.id(), 1, null);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        ProgressStore store = t % 2 == 0 ? a : b;
        long user = t;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < perThread; i++) {
            store.submissions().record(new GradedSubmission(1, user, "q", Level.BASIC, "lists",
                post.id(), "x", i == perThread - 1 ? Verdict.PASSED : Verdict.FAILED, 0, 1, "", 1));
            store.hints().recordHint(1, user, "other", Integer.MAX_VALUE);
            store.leaderboards().allTime(1, 10);
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS); // any exception (busy, serialization failure) fails here
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      assertThat(count(location, "SELECT count(*) FROM submissions")).isEqualTo(threads * perThread);
      assertThat(count(location, "SELECT sum(taken) FROM hints")).isEqualTo(threads * perThread);
      assertThat(count(location, "SELECT count(*) FROM solves")).isEqualTo(threads);
      assertThat(count(location, "SELECT count(*) FROM points_ledger WHERE reason = 'first_solver'"))
          .isEqualTo(1);
      assertThat(a.leaderboards().allTime(1, 100)).hasSize(threads);
    }
  }

  /** A single number from the store, read with a plain JDBC connection. */
  static long count(StoreUrl location, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(location.jdbcUrl());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
