package dailypy.runner.graal;

import dailypy.runner.Runner;

/**
 * One warm worker pool for every test in this JVM: a cold worker takes seconds, so tests share
 * it, as the bot does. It is closed when the JVM exits.
 */
public final class SharedPool {

  private static Runner runner;

  private SharedPool() {}

  public static synchronized Runner runner() {
    if (runner == null) {
      runner = GraalRunner.start(PoolConfig.defaults().withWorkers(2));
      Runtime.getRuntime().addShutdownHook(new Thread(runner::close));
    }
    return runner;
  }
}
