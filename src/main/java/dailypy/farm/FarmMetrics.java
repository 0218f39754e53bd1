package dailypy.farm;

import dailypy.metrics.MetricsEndpoint;
import dailypy.progress.GradingJobs;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * A grader process's health and metrics ({@link MetricsEndpoint}): the queue's depth (jobs not
 * done, read from the table at each scrape) and this process's grading latency (a timer per job).
 * It is healthy while the queue can be read.
 */
public final class FarmMetrics implements GraderLoop.Events, AutoCloseable {
  private final MetricsEndpoint endpoint;
  private final Timer grading;
  private final ThreadLocal<Long> startedAt = new ThreadLocal<>();

  /** Serves the metrics on {@code address} (port 0 picks a free one). */
  public FarmMetrics(GradingJobs jobs, InetSocketAddress address) throws IOException {
    endpoint = new MetricsEndpoint(address);
    registerQueueDepth(jobs, endpoint.registry());
    grading = Timer.builder("grading_latency")
        .description("Time to grade one job in this process")
        .publishPercentiles(0.5, 0.99)
        .register(endpoint.registry());
    endpoint.health(() -> {
      long depth = jobs.depth();
      return new MetricsEndpoint.Health(true, "ok: " + depth + " job(s) queued or running");
    });
  }

  /** The queue's depth as a gauge, read from the table at each scrape (graders and queueing bots). */
  public static void registerQueueDepth(GradingJobs jobs, MeterRegistry registry) {
    Gauge.builder("grading_queue_depth", jobs, GradingJobs::depth)
        .description("Grading jobs queued or running")
        .register(registry);
  }

  public int port() {
    return endpoint.port();
  }

  @Override
  public void started(GradingJobs.Job job) {
    startedAt.set(System.nanoTime());
  }

  @Override
  public void finished(GradingJobs.Job job, boolean recorded) {
    Long t0 = startedAt.get();
    if (t0 != null) {
      grading.record(Duration.ofNanos(System.nanoTime() - t0));
    }
  }

  @Override
  public void close() {
    endpoint.close();
  }
}
