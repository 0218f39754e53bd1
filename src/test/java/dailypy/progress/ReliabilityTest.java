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
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only SQLite files have: pragmas, old migration layouts, online backups. What both engines
 * share (migrations, concurrent writers, a writer killed mid-way) is in {@link SharedStoreTest} and
 * {@link KilledWriterTest}.
 */
class ReliabilityTest {
  @TempDir Path dir;

  @Test
  void opensCreatingTheFolderAndAppliesPragmas() throws Exception {
    Path file = dir.resolve("nested/data/tutor.db");
    try (ProgressStore store = ProgressStore.open(file, new MutableClock(Instant.now()))) {
      assertThat(Files.exists(file)).isTrue();
      store.guilds().save(GuildSettings.defaults(1));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("wal");
    }
    try (Connection c = SqliteDatabase.connect("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      ResultSet fk = st.executeQuery("PRAGMA foreign_keys");
      fk.next();
      assertThat(fk.getInt(1)).isEqualTo(1);
      ResultSet sync = st.executeQuery("PRAGMA synchronous");
      sync.next();
      assertThat(sync.getInt(1)).isEqualTo(1); // NORMAL
    }
  }

  @Test
  void aDatabaseMigratedBeforeTheFoldersPerEngineStillOpens() throws Exception {
    // Until PostgreSQL came, V1-V4 lay together in db/migration; such databases must still open
    // (Flyway checks versions and checksums, not folders).
    Path oldLayout = Files.createDirectories(dir.resolve("old-layout"));
    for (String name : List.of("sqlite/V1__progress_store.sql", "common/V2__profile_indexes.sql",
        "sqlite/V3__quiz_answers.sql", "sqlite/V4__answer_results.sql")) {
      try (var in = getClass().getResourceAsStream("/db/migration/" + name)) {
        Files.write(oldLayout.resolve(name.substring(name.indexOf('/') + 1)), in.readAllBytes());
      }
    }
    Path file = dir.resolve("old.db");
    Flyway.configure().dataSource("jdbc:sqlite:" + file, "", "")
        .locations("filesystem:" + oldLayout).load().migrate();
    try (ProgressStore store = ProgressStore.open(file, new MutableClock(Instant.now()))) {
      store.guilds().save(GuildSettings.defaults(3));
      assertThat(store.guilds().find(3)).isPresent();
    }
  }

  @Test
  void backupIsAConsistentCopyWhileWriting() throws Exception {
    Path file = dir.resolve("tutor.db");
    Path copy = dir.resolve("copy.db");
    MutableClock clock = new MutableClock(Instant.parse("2026-05-05T10:00:00Z"));
    try (ProgressStore store = ProgressStore.open(file, clock)) {
      for (int i = 0; i < 50; i++) {
        store.submissions().record(new GradedSubmission(1, i, "q", Level.BASIC, "lists", null,
            "x", Verdict.PASSED, 1, 1, "", 1));
      }
      Thread writer = Thread.ofPlatform().start(() -> {
        for (int i = 50; i < 250; i++) {
          store.submissions().record(new GradedSubmission(1, i, "q", Level.BASIC, "lists", null,
              "x", Verdict.PASSED, 1, 1, "", 1));
        }
      });
      Backups.copy(file, copy); // as the CLI does, from its own connection
      writer.join(60_000);
      store.backup(dir.resolve("copy2.db"));
      assertThatThrownBy(() -> store.backup(copy)).hasMessageContaining("already exists");
    }
    long n = count(copy, "SELECT count(*) FROM submissions");
    assertThat(n).isBetween(50L, 250L);
    assertThat(count(copy, "SELECT count(*) FROM user_points")).isEqualTo(n);
    assertThat(count(dir.resolve("copy2.db"), "SELECT count(*) FROM submissions")).isEqualTo(250);
    assertThat(Backups.integrityCheck(copy)).isEqualTo("ok");
  }

  private static long count(Path file, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
