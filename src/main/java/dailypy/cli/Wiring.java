package dailypy.cli;

import dailypy.cli.config.ConfigException;
import dailypy.runner.Limits;
import dailypy.runner.Runner;
import dailypy.runner.graal.GraalRunner;
import dailypy.runner.graal.PoolConfig;
import java.time.Duration;

/**
 * The one place that builds the services from the app config and hands them to the front ends.
 * No DI framework: plain constructors, in dependency order.
 */
public final class Wiring {

  private Wiring() {}

  /** The pool settings from {@code runner:}. */
  static PoolConfig poolConfig(AppConfig.Runner r) {
    return PoolConfig.defaults().withWorkers(r.workers()).withHeapMb(r.heapMb()).withQueueCapacity(r.queueCapacity());
  }

  /** Default limits for one submission from {@code runner:}; a question may override the time. */
  static Limits limits(AppConfig.Runner r) {
    return new Limits(Duration.ofMillis(r.wallTimeMs()), r.outputKb() * 1024, Limits.DEFAULT.testOutputChars());
  }

  /** Starts the first configured backend that this build provides. */
  static Runner runner(AppConfig.Runner r) {
    for (String backend : r.backends()) {
      if (backend.equals("graalpy")) {
        return GraalRunner.start(poolConfig(r));
      }
    }
    throw new ConfigException("runner.backends " + r.backends()
        + ": this build can only start the graalpy backend; add graalpy to the list");
  }
}
