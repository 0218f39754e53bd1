package dailypy.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dailypy.testing.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grading queue's rules, on a real PostgreSQL: one taker per job, leases, one result. */
class GradingJobsTest {
  @TempDir Path dir;

  @Test
  void eachOpenJobGoesToOneGraderOldestFirst() {
    try (GradingJobs jobs = GradingJobs.open(StoreUrl.parse(TestPostgres.get().newDatabase()))) {
      long first = jobs.enqueue("q1", "print(1)");
      long second = jobs.enqueue("q2", "print(2)");
      assertThat(jobs.depth()).isEqualTo(2);
      GradingJobs.Job a = jobs.claim("w1", Duration.ofMinutes(1)).orElseThrow();
      GradingJobs.Job b = jobs.claim("w2", Duration.ofMinutes(1)).orElseThrow();
      assertThat(a).isEqualTo(new GradingJobs.Job(first, "q1", "print(1)", 1));
      assertThat(b.id()).isEqualTo(second);
      assertThat(jobs.claim("w3", Duration.ofMinutes(1))).isEmpty();
    }
  }

  @Test
  void aJobKeepsItsFirstResultOnly() {
    try (GradingJobs jobs = GradingJobs.open(StoreUrl.parse(TestPostgres.get().newDatabase()))) {
      long id = jobs.enqueue("q1", "x");
      jobs.claim("w1", Duration.ofMinutes(1)).orElseThrow();
      assertThat(jobs.complete(id, "{\"first\":true}")).isTrue();
      assertThat(jobs.complete(id, "{\"first\":false}")).isFalse();
      assertThat(jobs.results(List.of(id))).containsEntry(id, "{\"first\":true}");
      assertThat(jobs.depth()).isZero();
      assertThat(jobs.claim("w2", Duration.ofMinutes(1))).as("a done job is not redelivered").isEmpty();
    }
  }

  @Test
  void aJobWhoseLeaseEndedIsDeliveredAgain() throws Exception {
    try (GradingJobs jobs = GradingJobs.open(StoreUrl.parse(TestPostgres.get().newDatabase()))) {
      long id = jobs.enqueue("q1", "x");
      jobs.claim("dies", Duration.ofMillis(200)).orElseThrow();
      assertThat(jobs.claim("w2", Duration.ofMinutes(1))).as("leased").isEmpty();
      Thread.sleep(400);
      GradingJobs.Job again = jobs.claim("w2", Duration.ofMinutes(1)).orElseThrow();
      assertThat(again.id()).isEqualTo(id);
      assertThat(again.attempts()).isEqualTo(2);
    }
  }

  @Test
  void theQueueNeedsPostgresql() {
    assertThatThrownBy(() -> GradingJobs.open(StoreUrl.sqlite(dir.resolve("tutor.db"))))
        .isInstanceOf(ProgressStoreException.class)
        .hasMessageContaining("PostgreSQL");
  }
}
