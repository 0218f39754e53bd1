package dailypy.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.testing.MutableClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * A writer process killed with SIGKILL in the middle of a loop of answers loses nothing it reported
 * committed, and leaves streaks, points and solves consistent, on both engines.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class KilledWriterTest {
  @Parameter StoreKind kind;

  @TempDir Path dir;

  @Test
  void killedMidWayLosesNothingItReportedCommitted() throws Exception {
    // the child opens the store as a bot process would: from the progress.database text
    String database = kind == StoreKind.SQLITE ? dir.resolve("crash.db").toString()
        : dailypy.testing.TestPostgres.get().newDatabase();
    StoreUrl location = StoreUrl.parse(database);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CrashChild.class.getName(), database, "100000").redirectError(ProcessBuilder.Redirect.DISCARD);
    Process child = pb.start();
    Set<Long> reported = new HashSet<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (reported.size() < 400 && (line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          reported.add(Long.parseLong(line.substring("committed ".length()).trim()));
        }
      }
      child.destroyForcibly(); // SIGKILL, mid-loop
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(reported).hasSize(400);
    if (location.file() != null) {
      assertThat(Backups.integrityCheck(location.file())).isEqualTo("ok");
    }
    try (ProgressStore store = ProgressStore.open(location, new MutableClock(Instant.now()))) {
      assertThat(store.guilds()).isNotNull(); // it opens again after the kill
    }
    try (Connection c = connect(location); Statement st = c.createStatement()) {
      Set<Long> present = new HashSet<>();
      ResultSet rs = st.executeQuery("SELECT id FROM submissions");
      while (rs.next()) {
        present.add(rs.getLong(1));
      }
      assertThat(present).containsAll(reported);
      // Streaks agree with the days credited, and totals with the ledger.
      ResultSet bad = st.executeQuery(
          "SELECT s.user_id FROM streaks s WHERE s.current <> (SELECT streak_after FROM"
              + " streak_days d WHERE d.guild_id = s.guild_id AND d.user_id = s.user_id"
              + " AND d.day = s.last_day) OR s.longest <> (SELECT max(streak_after) FROM"
              + " streak_days d WHERE d.guild_id = s.guild_id AND d.user_id = s.user_id)");
      assertThat(bad.next()).as("inconsistent streak").isFalse();
      ResultSet sums = st.executeQuery(
          "SELECT count(*) FROM user_points u WHERE u.points <> (SELECT coalesce(sum(points),0)"
              + " FROM points_ledger l WHERE l.guild_id = u.guild_id AND l.user_id = u.user_id)");
      sums.next();
      assertThat(sums.getInt(1)).isZero();
      ResultSet solves = st.executeQuery(
          "SELECT count(*) FROM solves s JOIN submissions x ON x.id = s.submission_id"
              + " WHERE x.verdict <> 'PASSED'");
      solves.next();
      assertThat(solves.getInt(1)).isZero();
      ResultSet streakRows = st.executeQuery("SELECT count(*) FROM streaks WHERE current > 1");
      streakRows.next();
      assertThat(streakRows.getInt(1)).as("the loop built multi-day streaks").isPositive();
    }
  }

  private static Connection connect(StoreUrl location) throws SQLException {
    return location.user() == null ? DriverManager.getConnection(location.jdbcUrl())
        : DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
  }
}
