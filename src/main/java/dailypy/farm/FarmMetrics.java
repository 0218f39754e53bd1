package dailypy.farm;

import com.sun.net.httpserver.HttpServer;
import dailypy.progress.GradingJobs;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A grader process's health and metrics in the Prometheus text format on {@code GET /metrics}:
 * the queue's depth (jobs not done, read from the table at each scrape) and this process's grading
 * latency (a timer per job). Scrape it like any Prometheus target.
 */
public final class FarmMetrics implements GraderLoop.Events, AutoCloseable {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Timer grading;
  private final HttpServer server;
  private final ThreadLocal<Long> startedAt = new ThreadLocal<>();

  /** Serves the metrics on {@code address} (port 0 picks a free one). */
  public FarmMetrics(GradingJobs jobs, InetSocketAddress address) throws IOException {
    Gauge.builder("grading_queue_depth", jobs, GradingJobs::depth)
        .description("Grading jobs queued or running")
        .register(registry);
    grading = Timer.builder("grading_latency")
        .description("Time to grade one job in this process")
        .publishPercentiles(0.5, 0.99)
        .register(registry);
    server = HttpServer.create(address, 0);
    server.createContext("/metrics", exchange -> {
      byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
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
    server.stop(0);
    registry.close();
  }
}
