package dailypy.discord.support;

import dailypy.runner.Runner;
import dailypy.runner.graal.SharedPool;

/**
 * The bot's tests grade on the same warm GraalPy pool as every other test in the JVM: a second
 * pool would cost another cold start and compete for the same two cores.
 */
public final class SharedRunner {

  private SharedRunner() {}

  public static Runner get() {
    return SharedPool.runner();
  }
}
