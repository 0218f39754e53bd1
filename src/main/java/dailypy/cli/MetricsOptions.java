package dailypy.cli;

import java.net.InetSocketAddress;
import picocli.CommandLine.Option;

/** The metrics options every long-running process type takes ({@code tutor bot}, {@code tutor grader}). */
final class MetricsOptions {
  @Option(names = "--metrics-port", description = "Serve GET /metrics (Prometheus text format) and GET /health"
      + " on this port; none by default.")
  Integer port;

  @Option(names = "--metrics-address", defaultValue = "127.0.0.1",
      description = "Address the metrics listen on.")
  String address;

  /** Where to serve them, or null when the process serves none. */
  InetSocketAddress socket() {
    return port == null ? null : new InetSocketAddress(address, port);
  }

  /** "host:port", for messages. */
  String where() {
    return address + ":" + port;
  }
}
