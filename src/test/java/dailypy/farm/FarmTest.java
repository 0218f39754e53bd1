package dailypy.farm;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.discord.support.SampleQuestions;
import dailypy.progress.GradingJobs;
import dailypy.progress.StoreUrl;
import dailypy.runner.RunResult;
import dailypy.testing.TestPostgres;
import dailypy.verdict.Verdict;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    List<GraderChildProcess> graders = new ArrayList<>();
    ExecutorService bot = Executors.newFixedThreadPool(8);
    try (GradingJobs jobs = GradingJobs.open(location);
        QueuedGrader queue = new QueuedGrader(jobs, Duration.ofSeconds(60))) {
      GraderChildProcess a = grader(url, "a");
      graders.add(a);
      graders.add(grader(url, "b"));
      List<Future<RunResult>> results = new ArrayList<>();
      for (int i = 0; i < ANSWERS; i++) {
        String answer = "answer-" + i;
        results.add(bot.submit(() -> queue.grade(SampleQuestions.ADD, answer)));
      }
      // SIGKILL grader a while it holds its third job, then start it again.
      assertThat(a.awaitStarts(30)).as("grader a took 3 jobs").isTrue();
      a.process.destroyForcibly();
      assertThat(a.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
      long killedJob = a.lastStarted();
      graders.add(grader(url, "a2"));

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
      for (GraderChildProcess g : graders) {
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

  private static GraderChildProcess grader(String url, String name) throws Exception {
    return GraderChildProcess.start(name, ProcessBuilder.Redirect.DISCARD, 3, url, name,
        String.valueOf(LEASE_MS), String.valueOf(GRADE_MS), "120");
  }
}
