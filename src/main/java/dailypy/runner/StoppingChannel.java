package dailypy.runner;

/**
 * A harness channel whose first {@link HarnessReply.Stopped} reply is final: the interpreter is
 * gone, every later send returns that same reply and a restart does nothing. The backends' channels
 * (a sandboxed process, a pool worker) differ only in how they exchange a message and throw an
 * interpreter away; they share the limits they hold it to and this stopping rule.
 */
public abstract class StoppingChannel implements HarnessChannel {
  protected final Limits limits;
  /** How long a process is given to end after it is told to, before it is killed. */
  protected final long graceMillis;
  private HarnessReply.Stopped stopped;

  protected StoppingChannel(Limits limits, long graceMillis) {
    this.limits = limits;
    this.graceMillis = graceMillis;
  }

  /** Sends one message to a live interpreter; a stopped reply goes through {@link #stop}. */
  protected abstract HarnessReply exchange(String messageJson);

  /** Throws the live interpreter away, so that the next exchange goes to a fresh one. */
  protected abstract void discardInterpreter();

  @Override
  public final HarnessReply send(String messageJson) {
    return stopped != null ? stopped : exchange(messageJson);
  }

  @Override
  public final void restart() {
    if (stopped == null) {
      discardInterpreter();
    }
  }

  /** Ends the conversation for good with {@code reason}, which is also returned. */
  protected final HarnessReply.Stopped stop(HarnessReply.Stopped reason) {
    stopped = reason;
    return reason;
  }
}
