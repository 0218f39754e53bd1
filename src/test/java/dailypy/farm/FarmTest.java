package dailypy.farm;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.discord.support.SampleQuestions;
import dailypy.progress.GradingJobs;
import dailypy.progress.StoreUrl;
import dailypy.runner.ChildEnvironment;
import dailypy.runner.RunResult;
import dailypy.testing.TestPostgres;
import dailypy.verdict.Verdict;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The grading farm on a real PostgreSQL: two grader processes take jobs a bot enqueues; one is
 * killed with SIGKILL in the middle of a job and started again. Every answer still gets exactly
 * one result, its own, and the killed grader's job is delivered again.
 */
class FarmTest {
  static final int ANSWERS = 30;
  static final long LEASE_MS = 1500;
  static final long GRADE_MS = 300;

  @Test
  void aGraderKilledMidJobLosesNoAnswerAndNoneGetsTwoResults() throws Exception {
    String url = TestPostgres.get().newDatabase();
    StoreUrl location = StoreUrl.parse(url);
    List<Grader> graders = new ArrayList<>();
    ExecutorService bot = Executors.newFixedThreadPool(8);
    try (GradingJobs jobs = GradingJobs.open(location);
        QueuedGrader queue = new QueuedGrader(jobs, Duration.ofSeconds(60))) {
      Grader a = Grader.start(url, "a");
      graders.add(a);
      graders.add(Grader.start(url, "b"));
      List<Future<RunResult>> results = new ArrayList<>();
      for (int i = 0; i < ANSWERS; i++) {
        String answer = "answer-" + i;
        results.add(bot.submit(() -> queue.grade(SampleQuestions.ADD, answer)));
      }
      // SIGKILL grader a while it holds its third job, then start it again.
      assertThat(a.thirdStart.await(30, TimeUnit.SECONDS)).as("grader a took 3 jobs").isTrue();
      a.process.destroyForcibly();
      assertThat(a.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
      long killedJob = a.lastStarted();
      graders.add(Grader.start(url, "a2"));

      for (int i = 0; i < ANSWERS; i++) {
        RunResult r = results.get(i).get(60, TimeUnit.SECONDS);
        assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(r.message()).as("answer %d got its own result", i).isEqualTo("answer-" + i);
      }
      assertThat(a.finished()).as("the killed grader never finished its job")
          .doesNotContainKey(killedJob);
      assertThat(attempts(location, killedJob)).as("the killed job was delivered again")
          .isGreaterThanOrEqualTo(2);
      // Exactly one grader recorded each job's result.
      Map<Long, Integer> recorded = new HashMap<>();
      for (Grader g : graders) {
        g.finished().forEach((id, rec) -> {
          if (rec) {
            recorded.merge(id, 1, Integer::sum);
          }
        });
      }
      assertThat(recorded).hasSize(ANSWERS);
      assertThat(recorded.values()).containsOnly(1);
      assertThat(jobs.depth()).isZero();
    } finally {
      bot.shutdownNow();
      graders.forEach(g -> g.process.destroyForcibly());
    }
  }

  private static long attempts(StoreUrl location, long id) throws Exception {
    try (Connection c = DriverManager.getConnection(location.jdbcUrl());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT attempts FROM grading_jobs WHERE id = " + id)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A grader child process and what it printed. */
  private static final class Grader {
    final Process process;
    final List<String> lines = new CopyOnWriteArrayList<>();
    final CountDownLatch thirdStart = new CountDownLatch(3);
    final CountDownLatch ready = new CountDownLatch(1);

    private Grader(Process process) {
      this.process = process;
    }

    static Grader start(String url, String name) throws Exception {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process p = ChildEnvironment.clean(new ProcessBuilder(java, "-Xmx128m",
              "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
              GraderChild.class.getName(), url, name, String.valueOf(LEASE_MS),
              String.valueOf(GRADE_MS), "120"))
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      Grader g = new Grader(p);
      Thread.ofPlatform().daemon().start(() -> {
        try (BufferedReader out = new BufferedReader(
            new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = out.readLine()) != null) {
            g.lines.add(line);
            if (line.equals("ready")) {
              g.ready.countDown();
            } else if (line.startsWith("start ")) {
              g.thirdStart.countDown();
            }
          }
        } catch (java.io.IOException ignored) {
          // The process was killed.
        }
      });
      assertThat(g.ready.await(60, TimeUnit.SECONDS)).as("grader " + name + " ready").isTrue();
      return g;
    }

    long lastStarted() {
      long last = -1;
      for (String l : lines) {
        if (l.startsWith("start ")) {
          last = Long.parseLong(l.substring(6));
        }
      }
      return last;
    }

    Map<Long, Boolean> finished() {
      Map<Long, Boolean> out = new HashMap<>();
      for (String l : lines) {
        if (l.startsWith("finish ")) {
          String[] p = l.split(" ");
          out.put(Long.parseLong(p[1]), Boolean.parseBoolean(p[2]));
        }
      }
      return out;
    }
  }
}
