package dailypy.runner;

/**
 * Runs the shared Python harness somewhere (an embedded interpreter pool, a sandboxed host
 * process) and lets the judge converse with it. Backends differ only in where the harness runs,
 * so verdicts agree across them.
 */
public interface HarnessBackend extends AutoCloseable {

  /**
   * Runs a conversation with a fresh interpreter. The backend enforces the limits: the CPU time
   * of the user's code over the whole conversation, and a wall-time backstop. When no interpreter
   * can be had (a full queue, shutdown), the channel answers every send with that reason.
   *
   * @return what the conversation returned; never throws for anything user code does
   */
  <T> T converse(Limits limits, Conversation<T> conversation);

  /** One request, one reply, in a fresh interpreter: probes and trusted evaluations. */
  default HarnessReply execute(String requestJson, Limits limits) {
    return converse(limits, channel -> channel.send(requestJson));
  }

  /** A short name such as "graalpy" or "cpython". */
  String name();

  @Override
  void close();

  /** What the judge does with a channel. It may be run again on a fresh worker. */
  @FunctionalInterface
  interface Conversation<T> {
    T run(HarnessChannel channel);
  }
}
