package dailypy.runner;

/**
 * One conversation with the harness in an interpreter that belongs to the user (see
 * docs/harness-protocol.md). Messages go one at a time; Java sends the next only after reading
 * the reply, so the interpreter never holds more of the answer key than the case now running.
 */
public interface HarnessChannel {

  /**
   * Sends one harness message and returns the harness's reply, or why there is none. After a
   * {@link HarnessReply.Stopped} reply the interpreter is gone, and every later send returns that
   * same reply.
   */
  HarnessReply send(String messageJson);

  /** The next send goes to a fresh interpreter; the current one is thrown away. */
  void restart();

  /** CPU time the user's code has used in this conversation so far, in nanoseconds. */
  long cpuNanos();
}
