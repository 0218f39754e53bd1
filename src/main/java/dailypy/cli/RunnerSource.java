package dailypy.cli;

import dailypy.runner.Runner;
import dailypy.runner.graal.GraalRunner;
import dailypy.runner.graal.PoolConfig;

/** How a command gets its runner; tests substitute their own. */
@FunctionalInterface
public interface RunnerSource {

  /** The embedded GraalPy pool with default settings. */
  RunnerSource DEFAULT = () -> GraalRunner.start(PoolConfig.defaults());

  Runner open();
}
