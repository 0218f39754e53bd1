package dailypy.runner.graal;

import dailypy.runner.HarnessReply;
import dailypy.runner.Limits;
import dailypy.runner.StoppingChannel;
import dailypy.verdict.Verdict;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A conversation's channel to one worker. Each interpreter of the conversation is one session on
 * the worker; the CPU budget covers the whole conversation, so the worker is told what is left.
 */
final class PoolChannel extends StoppingChannel {
  private static final HarnessReply.Stopped NO_WORKER = HarnessReply.Stopped.of(Verdict.ERROR,
      "The grader could not start; an operator has been notified.");

  private WorkerProcess worker;
  private final UnaryOperator<WorkerProcess> replacement;
  private long earlierSessionsNanos;
  private long sessionNanos;
  private boolean reusable = true;
  private boolean memoryLimit;
  private boolean sessionOpen;

  /** @param replacement retires a worker that asked for it and returns a fresh one, or null */
  PoolChannel(WorkerProcess worker, Limits limits, long graceMillis,
      UnaryOperator<WorkerProcess> replacement) {
    super(limits, graceMillis);
    this.worker = worker;
    this.replacement = replacement;
  }

  @Override
  protected HarnessReply exchange(String messageJson) {
    long cpuLeft = Math.max(1, limits.cpuTime().toMillis()
        - TimeUnit.NANOSECONDS.toMillis(earlierSessionsNanos));
    long wall = limits.wallBackstop().toMillis();
    try {
      sessionOpen = true;
      WorkerProcess.Exchange exchange = worker.send(messageJson, cpuLeft, wall,
          wall + graceMillis);
      if (exchange == WorkerProcess.Exchange.TAINTED) {
        // Nothing ran: the message was the first of a session on a worker whose canary failed.
        worker = replacement.apply(worker);
        if (worker == null) {
          return stop(NO_WORKER);
        }
        exchange = worker.send(messageJson, cpuLeft, wall, wall + graceMillis);
      }
      sessionNanos = Math.max(sessionNanos, exchange.cpuNanos());
      if (!exchange.reusable()) {
        reusable = false;
      }
      if (exchange.reply() instanceof HarnessReply.Stopped s) {
        stop(s);
        memoryLimit = s.verdict() == Verdict.MEMORY_LIMIT;
      }
      return exchange.reply();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return stop(HarnessReply.Stopped.of(Verdict.ERROR, "interrupted while grading"));
    }
  }

  @Override
  protected void discardInterpreter() {
    earlierSessionsNanos += sessionNanos;
    sessionNanos = 0;
    if (!endSession()) {
      worker = replacement.apply(worker);
      reusable = true;
      if (worker == null) {
        stop(NO_WORKER);
      }
    }
  }

  @Override
  public long cpuNanos() {
    return earlierSessionsNanos + sessionNanos;
  }

  /** Ends the last session; false when this worker must be replaced. */
  boolean finish() {
    return endSession();
  }

  WorkerProcess worker() {
    return worker;
  }

  boolean sawMemoryLimit() {
    return memoryLimit;
  }

  private boolean endSession() {
    if (worker == null) {
      return false;
    }
    if (!reusable) {
      return false;
    }
    if (!sessionOpen) {
      return true;
    }
    sessionOpen = false;
    try {
      // Readying the next interpreter and its canary are trusted work: a generous deadline.
      WorkerProcess.Exchange end = worker.end(TimeUnit.SECONDS.toMillis(60));
      return end.reusable();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
