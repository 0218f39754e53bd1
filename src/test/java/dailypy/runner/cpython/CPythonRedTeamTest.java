package dailypy.runner.cpython;

import dailypy.runner.RedTeamSuite;
import dailypy.runner.Runner;

/** The red team against the host CPython backend in bubblewrap. */
class CPythonRedTeamTest extends RedTeamSuite {

  @Override
  protected Runner runner() {
    return SharedCPython.started().runner();
  }
}
