package dailypy.runner.cpython;

/**
 * The backend's short name for {@link dailypy.runner.sandbox.HostTools}, which the worker
 * sandbox shares; kept so this package's callers read as before.
 */
final class HostTools {

  private HostTools() {}

  static String find(String name) {
    return dailypy.runner.sandbox.HostTools.find(name);
  }

  static int uid() {
    return dailypy.runner.sandbox.HostTools.uid();
  }
}
