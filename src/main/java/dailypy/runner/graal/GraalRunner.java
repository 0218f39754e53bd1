package dailypy.runner.graal;

import dailypy.runner.Calibration;
import dailypy.runner.HarnessRunner;
import dailypy.runner.Runner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Builds the embedded GraalPy runner: a worker pool behind the shared harness runner. */
public final class GraalRunner {

  private GraalRunner() {}

  /**
   * Chooses the workers' sandbox (so a refused {@code runner.graalpy.sandbox: bwrap} stops the
   * start here, with its reason), then starts the pool; workers warm up in the background and the
   * first warm one calibrates the time limits ({@link Calibration}). The
   * embedded interpreter has only the standard library, so it reports no third-party packages.
   *
   * @throws UncheckedIOException when the configured sandbox cannot run a worker
   */
  public static Runner start(PoolConfig config) {
    try {
      WorkerSandbox.launch(config);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
    WorkerPool pool = WorkerPool.start(config);
    // The first warm worker measures the backend's speed; gradings wait for it (readiness).
    return new HarnessRunner(pool, new AnswerKeyPool(config), Map.of(),
        Calibration.cached("graalpy", pool, Calibration.GRAALPY));
  }
}
