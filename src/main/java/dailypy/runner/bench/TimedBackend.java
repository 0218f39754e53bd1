package dailypy.runner.bench;

import dailypy.runner.HarnessBackend;
import dailypy.runner.Limits;

/**
 * A backend that adds up, per calling thread, the time its conversations run: from the moment
 * the backend hands out an interpreter (a slot is free) to the end of the conversation. That is
 * a grading's service time, without its wait in the queue.
 */
final class TimedBackend implements HarnessBackend {

  private final HarnessBackend inner;
  private final ThreadLocal<long[]> nanos = ThreadLocal.withInitial(() -> new long[1]);

  TimedBackend(HarnessBackend inner) {
    this.inner = inner;
  }

  /** Service time this thread has accumulated since the last call; resets it. */
  long takeNanos() {
    long[] n = nanos.get();
    long value = n[0];
    n[0] = 0;
    return value;
  }

  @Override
  public <T> T converse(Limits limits, Conversation<T> conversation) {
    return inner.converse(limits, channel -> {
      long t = System.nanoTime();
      try {
        return conversation.run(channel);
      } finally {
        nanos.get()[0] += System.nanoTime() - t;
      }
    });
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public void close() {
    // the inner backend belongs to its runner
  }
}
