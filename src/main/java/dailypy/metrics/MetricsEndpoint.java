package dailypy.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A process's {@code GET /metrics} (Prometheus text format, scraped like any target) and
 * {@code GET /health} (200 "ok", or 503 with what is wrong, for a load balancer or an orchestrator's
 * readiness check). The meters are registered by the process's own parts on {@link #registry()}.
 */
public final class MetricsEndpoint implements AutoCloseable {
  /** What a health check says: healthy, or the reason it is not. */
  public record Health(boolean ok, String detail) {
    public static final Health OK = new Health(true, "ok");
  }

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final HttpServer server;
  private volatile Supplier<Health> health = () -> new Health(false, "starting");

  /**
   * Serves on {@code address} (port 0 picks a free one). /health says "starting" (503) until the
   * process hands in its check ({@link #health(Supplier)}), so a scrape during a slow start is
   * answered too.
   */
  public MetricsEndpoint(InetSocketAddress address) throws IOException {
    server = HttpServer.create(address, 0);
    server.createContext("/metrics", exchange -> reply(exchange, 200, registry.scrape(),
        "text/plain; version=0.0.4; charset=utf-8"));
    server.createContext("/health", exchange -> {
      Health h;
      try {
        h = health.get();
      } catch (RuntimeException e) {
        h = new Health(false, "health check failed: " + e.getMessage());
      }
      reply(exchange, h.ok() ? 200 : 503, h.detail() + "\n", "text/plain; charset=utf-8");
    });
    server.start();
  }

  private static void reply(HttpExchange exchange, int status, String text, String type) throws IOException {
    try (exchange) {
      byte[] body = text.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** The process's health check, from now on. */
  public void health(Supplier<Health> check) {
    health = check;
  }

  public MeterRegistry registry() {
    return registry;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    registry.close();
  }
}
