package dailypy.runner.cpython;

import java.util.List;

/**
 * One started CPython backend for every test in this JVM (start-up probes the sandbox and the
 * packages once). It needs bubblewrap and Debian's python3 packages, which .ci/run installs:
 * without them these tests fail rather than skip.
 */
final class SharedCPython {

  static final List<String> PACKAGES =
      List.of("numpy", "pandas", "flask", "django", "djangorestframework");
  private static CPythonRunner.Started started;

  private SharedCPython() {}

  static synchronized CPythonRunner.Started started() {
    if (started == null) {
      started = CPythonRunner.start(CPythonConfig.defaults(), PACKAGES);
      Runtime.getRuntime().addShutdownHook(new Thread(started.runner()::close));
    }
    return started;
  }
}
