package dailypy.cli;

import dailypy.runner.RoutingRunner;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.graal.SharedPool;
import java.util.List;
import java.util.Map;

/** The test JVM's shared GraalPy pool behind a router, as a command gets it; closing is a no-op. */
final class SharedRunner {
  private SharedRunner() {}

  static RunnerSource source() {
    return wanted -> open();
  }

  static Runner open() {
    Runner pool = SharedPool.runner();
    Runner keepOpen = new Runner() {
      @Override
      public RunResult run(RunRequest request) {
        return pool.run(request);
      }

      @Override
      public String name() {
        return pool.name();
      }

      @Override
      public Map<String, String> packages() {
        return pool.packages();
      }

      @Override
      public void close() {}
    };
    return new RoutingRunner(List.of(keepOpen), Map.of());
  }
}
