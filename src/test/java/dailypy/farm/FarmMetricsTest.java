package dailypy.farm;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.progress.GradingJobs;
import dailypy.progress.StoreUrl;
import dailypy.testing.TestPostgres;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A grader's /metrics: queue depth from the table, and a latency sample per graded job. */
class FarmMetricsTest {
  @Test
  void metricsShowTheQueueDepthAndEachGrading() throws Exception {
    try (GradingJobs jobs = GradingJobs.open(StoreUrl.parse(TestPostgres.get().newDatabase()));
        FarmMetrics metrics =
            new FarmMetrics(jobs, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      jobs.enqueue("q1", "a");
      jobs.enqueue("q2", "b");
      GradingJobs.Job job = jobs.claim("w", Duration.ofMinutes(1)).orElseThrow();
      metrics.started(job);
      metrics.finished(job, jobs.complete(job.id(), "{}"));
      HttpResponse<String> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metrics.port() + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("grading_queue_depth 1.0").contains("grading_latency_seconds_count 1");
    }
  }
}
