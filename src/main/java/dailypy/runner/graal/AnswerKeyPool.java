package dailypy.runner.graal;

import dailypy.runner.HarnessBackend;
import dailypy.runner.Limits;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The interpreter that evaluates answer keys (expected values): a one-worker pool that never
 * runs user code, so nothing a submission did to a shared engine can change an expected value.
 * It starts on first use and stops after a minute idle; expected values are cached per question,
 * so it is busy only while new questions are first graded.
 */
public final class AnswerKeyPool implements HarnessBackend {

  private static final long IDLE_MILLIS = 60_000;

  private final PoolConfig config;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "answer-key-idle");
    t.setDaemon(true);
    return t;
  });
  private WorkerPool pool;
  private ScheduledFuture<?> idleStop;
  private int inUse;
  private boolean closed;

  public AnswerKeyPool(PoolConfig config) {
    this.config = config.withWorkers(1).withJvmArg("-D" + WorkerMain.TRUSTED_PROPERTY + "=true");
  }

  @Override
  public <T> T converse(Limits limits, Conversation<T> conversation) {
    WorkerPool p = acquire();
    try {
      return p.converse(limits, conversation);
    } finally {
      release();
    }
  }

  private synchronized WorkerPool acquire() {
    if (idleStop != null) {
      idleStop.cancel(false);
      idleStop = null;
    }
    if (pool == null || closed) {
      pool = WorkerPool.start(config);
    }
    inUse++;
    return pool;
  }

  private synchronized void release() {
    inUse--;
    if (inUse == 0 && !closed) {
      idleStop = timer.schedule(this::stopIfIdle, IDLE_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  private synchronized void stopIfIdle() {
    if (inUse == 0 && pool != null) {
      pool.close();
      pool = null;
    }
  }

  @Override
  public String name() {
    return "graalpy";
  }

  @Override
  public synchronized void close() {
    closed = true;
    timer.shutdownNow();
    if (pool != null) {
      pool.close();
      pool = null;
    }
  }
}
