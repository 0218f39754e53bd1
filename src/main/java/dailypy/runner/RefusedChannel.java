package dailypy.runner;

/** A channel to no interpreter: every send gets the same reason (busy, shutting down, failed). */
public final class RefusedChannel implements HarnessChannel {

  private final HarnessReply.Stopped reason;

  public RefusedChannel(HarnessReply.Stopped reason) {
    this.reason = reason;
  }

  @Override
  public HarnessReply send(String messageJson) {
    return reason;
  }

  @Override
  public void restart() {
    // there is nothing to restart
  }

  @Override
  public long cpuNanos() {
    return 0;
  }
}
