package dailypy.discord.support;

import dailypy.runner.Runner;
import dailypy.runner.graal.GraalRunner;
import dailypy.runner.graal.PoolConfig;

/** One real GraalPy worker pool for all of the bot's tests in a JVM, so it warms up once. */
public final class SharedRunner {
  private static Runner runner;

  private SharedRunner() {}

  public static synchronized Runner get() {
    if (runner == null) {
      Runner started = GraalRunner.start(PoolConfig.defaults().withWorkers(1));
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "shared-runner-close"));
      runner = started;
    }
    return runner;
  }
}
