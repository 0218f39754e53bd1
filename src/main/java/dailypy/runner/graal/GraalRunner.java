package dailypy.runner.graal;

import dailypy.runner.HarnessRunner;
import dailypy.runner.Runner;
import java.util.Map;

/** Builds the embedded GraalPy runner: a worker pool behind the shared harness runner. */
public final class GraalRunner {

  private GraalRunner() {}

  /**
   * Starts the pool; workers warm up in the background. The embedded interpreter has only the
   * standard library, so it reports no third-party packages.
   */
  public static Runner start(PoolConfig config) {
    return new HarnessRunner(WorkerPool.start(config), new AnswerKeyPool(config), Map.of());
  }
}
