package dailypy.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.ChildEnvironment;
import dailypy.testing.MutableClock;
import dailypy.testing.TestPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two bot processes (separate JVMs, each with its own connections) on one PostgreSQL store, racing
 * to claim the same days' posts and recording the same users' answers to them: one claim per day,
 * and points, first-solver bonuses and streaks exactly as if one process had done it.
 */
class ProcessesTest {
  static final int DAYS = 6;
  static final int USERS = 12;

  @Test
  void twoBotProcessesClaimEachDayOnceAndAwardEachSolveOnce() throws Exception {
    String url = TestPostgres.get().newDatabase();
    StoreUrl location = StoreUrl.parse(url);
    // Migrate once up front, as a deployment does before starting its bots.
    ProgressStore.open(location, new MutableClock(Instant.now())).close();
    List<Process> children = new ArrayList<>();
    try {
      children.add(start(url, "a", "up"));
      children.add(start(url, "b", "down"));
      List<BufferedReader> outs = new ArrayList<>();
      for (Process p : children) {
        BufferedReader out = new BufferedReader(
            new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("ready");
        outs.add(out);
      }
      for (Process p : children) { // both start together
        OutputStream in = p.getOutputStream();
        in.write("go\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
      }
      List<CompletableFuture<List<String>>> lines = new ArrayList<>();
      for (BufferedReader out : outs) {
        lines.add(CompletableFuture.supplyAsync(() -> out.lines().toList()));
      }
      for (Process p : children) {
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        assertThat(p.exitValue()).as("child exit code").isZero();
      }
      Map<String, String> postByDay = new HashMap<>();
      int created = 0;
      for (CompletableFuture<List<String>> f : lines) {
        List<String> out = f.get(10, TimeUnit.SECONDS);
        assertThat(out).last().asString().startsWith("done");
        for (String line : out) {
          if (line.startsWith("claim ")) {
            String[] parts = line.split(" ");
            String previous = postByDay.putIfAbsent(parts[1], parts[2]);
            assertThat(previous).as("both processes see one post on " + parts[1])
                .isIn(null, parts[2]);
            created += Boolean.parseBoolean(parts[3]) ? 1 : 0;
          }
        }
      }
      assertThat(postByDay).hasSize(DAYS);
      assertThat(created).as("claims that created a post").isEqualTo(DAYS);
    } finally {
      children.forEach(Process::destroyForcibly);
    }
    long g = BotProcessChild.GUILD;
    assertThat(SharedStoreTest.count(location, "SELECT count(*) FROM daily_posts")).isEqualTo(DAYS);
    assertThat(SharedStoreTest.count(location, "SELECT count(*) FROM submissions"))
        .isEqualTo(2L * DAYS * USERS);
    assertThat(SharedStoreTest.count(location, "SELECT count(*) FROM solves"))
        .isEqualTo((long) DAYS * USERS);
    assertThat(SharedStoreTest.count(location,
        "SELECT count(*) FROM points_ledger WHERE reason = 'first_solver'")).isEqualTo(DAYS);
    try (ProgressStore store = ProgressStore.open(location,
        new MutableClock(BotProcessChild.FIRST_DAY.plusDays(DAYS - 1).atTime(20, 0)
            .toInstant(java.time.ZoneOffset.UTC)))) {
      long total = 0;
      for (long user = 1; user <= USERS; user++) {
        Profile p = store.profiles().profile(g, user);
        assertThat(p.streak().current()).as("streak of user " + user).isEqualTo(DAYS);
        assertThat(p.points()).as("points of user " + user)
            .isBetween(DAYS * 10, DAYS * 10 + DAYS * PointsRule.FIRST_SOLVER_BONUS);
        total += p.points();
      }
      assertThat(total).isEqualTo((long) DAYS * USERS * 10 + (long) DAYS * PointsRule.FIRST_SOLVER_BONUS);
    }
    assertThat(SharedStoreTest.count(location, "SELECT count(*) FROM user_points u WHERE"
        + " u.points <> (SELECT sum(points) FROM points_ledger l WHERE l.user_id = u.user_id)"))
        .as("totals agree with the ledger").isZero();
  }

  private static Process start(String url, String name, String order) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return ChildEnvironment.clean(new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1",
            "-cp", System.getProperty("java.class.path"), BotProcessChild.class.getName(), url,
            name, String.valueOf(DAYS), String.valueOf(USERS), order))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }
}
