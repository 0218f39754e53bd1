package dailypy.runner.graal;

import dailypy.runner.RedTeamSuite;
import dailypy.runner.Runner;

/** The red team against the embedded GraalPy pool. */
class GraalRedTeamTest extends RedTeamSuite {

  @Override
  protected Runner runner() {
    return SharedPool.runner();
  }
}
