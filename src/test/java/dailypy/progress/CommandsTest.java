package dailypy.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.cli.Main;
import dailypy.testing.MutableClock;
import dailypy.verdict.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's subcommands: backup and bench-store. */
class CommandsTest {
  @TempDir Path dir;

  @Test
  void backupCommandCopiesTheDatabaseAndRefusesToOverwrite() {
    Path db = dir.resolve("tutor.db");
    try (ProgressStore store = ProgressStore.open(db, new MutableClock(Instant.now()))) {
      store.submissions().record(new GradedSubmission(1, 2, "q", Level.BASIC, "lists", null, "x",
          Verdict.PASSED, 1, 1, "", 1));
    }
    Path copy = dir.resolve("copy.db");
    assertThat(Main.run("backup", "--db", db.toString(), copy.toString())).isZero();
    try (ProgressStore store = ProgressStore.open(copy, new MutableClock(Instant.now()))) {
      assertThat(store.hints().hasSolved(1, 2, "q")).isTrue();
    }
    assertThat(Main.run("backup", "--db", db.toString(), copy.toString())).isEqualTo(1);
    assertThat(Main.run("backup", "--db", dir.resolve("missing.db").toString(),
        dir.resolve("other.db").toString())).isEqualTo(1);
    assertThat(Files.exists(dir.resolve("other.db"))).isFalse();
  }

  @Test
  void forgetMeCommandRemovesTheUser() {
    Path db = dir.resolve("tutor.db");
    try (ProgressStore store = ProgressStore.open(db, new MutableClock(Instant.now()))) {
      store.submissions().record(new GradedSubmission(1, 2, "q", Level.BASIC, "lists", null, "x",
          Verdict.PASSED, 1, 1, "", 1));
    }
    assertThat(Main.run("forget-me", "--db", db.toString(), "--guild", "1", "--user", "2"))
        .isZero();
    try (ProgressStore store = ProgressStore.open(db, new MutableClock(Instant.now()))) {
      assertThat(store.hints().hasSolved(1, 2, "q")).isFalse();
      assertThat(store.leaderboards().allTime(1, 10)).isEmpty();
    }
    assertThat(Main.run("forget-me", "--db", dir.resolve("none.db").toString(), "--guild", "1",
        "--user", "2")).isEqualTo(1);
    assertThat(Files.exists(dir.resolve("none.db"))).isFalse();
  }

  @Test
  void benchmarkFillsTheDatabaseAndReportsEveryMeasurement() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StoreBenchmark.Result r =
        new StoreBenchmark(40, 600, 20, 3)
            .run(dir.resolve("bench.db"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(r.stats()).hasSize(11);
    assertThat(r.stats().get(0).samples()).isEqualTo(600);
    assertThat(r.stats()).allSatisfy(s -> assertThat(s.p50()).isPositive().isLessThanOrEqualTo(s.max()));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("| weekly leaderboard top 10 |");
    try (ProgressStore store = ProgressStore.open(dir.resolve("bench.db"),
        new MutableClock(Instant.parse("2026-01-05T20:00:00Z")))) {
      assertThat(store.leaderboards().allTime(1, 10)).hasSize(10);
    }
  }
}
