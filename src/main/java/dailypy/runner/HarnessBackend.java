package dailypy.runner;

/**
 * Runs the shared Python harness somewhere (an embedded interpreter pool, a sandboxed host
 * process) and hands back its JSON answer. Backends differ only in where the harness runs, so
 * verdicts agree across them.
 */
public interface HarnessBackend extends AutoCloseable {

  /**
   * Sends one harness request; never throws for anything user code does.
   *
   * @param requestJson the harness request, built by {@link HarnessRequests}
   * @param limits the wall-time limit is enforced by the backend
   */
  HarnessReply execute(String requestJson, Limits limits);

  /** A short name such as "graalpy" or "cpython". */
  String name();

  @Override
  void close();
}
