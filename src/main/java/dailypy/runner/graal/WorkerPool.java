package dailypy.runner.graal;

import dailypy.runner.GraderFailure;
import dailypy.runner.HarnessBackend;
import dailypy.runner.HarnessReply;
import dailypy.runner.Limits;
import dailypy.runner.RefusedChannel;
import dailypy.verdict.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small pool of worker JVMs behind a bounded queue. Each worker has a dispatcher thread that
 * takes the next submission, sends it, and replaces the worker when it dies or misses its
 * deadline. A full queue answers BUSY at once instead of blocking the caller.
 */
public final class WorkerPool implements HarnessBackend {

  private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);
  private static final int MAX_START_ATTEMPTS = 3;

  private final PoolConfig config;
  private final BlockingDeque<Job> queue;
  private final List<Thread> dispatchers = new ArrayList<>();
  private final CountDownLatch ready;
  private final AtomicInteger restarts = new AtomicInteger();
  private final List<WorkerProcess> live = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final ServiceTimes serviceTimes = new ServiceTimes();
  private volatile boolean closed;

  /**
   * A conversation waiting for a worker.
   *
   * @param confirming a memory limit seen on a used worker is being confirmed on another
   */
  private record Job(Limits limits, HarnessBackend.Conversation<?> conversation,
      CompletableFuture<Object> result, boolean confirming) {

    Job confirmation() {
      return new Job(limits, conversation, result, true);
    }
  }

  private WorkerPool(PoolConfig config) {
    this.config = config;
    this.queue = new LinkedBlockingDeque<>(Math.max(1, config.queueCapacity()));
    this.ready = new CountDownLatch(config.workers());
  }

  /** Starts the workers; they warm up in the background. */
  public static WorkerPool start(PoolConfig config) {
    WorkerPool pool = new WorkerPool(config);
    for (int i = 0; i < config.workers(); i++) {
      Thread t = Thread.ofPlatform().daemon().name("grader-dispatch-" + i)
          .start(pool::dispatchLoop);
      pool.dispatchers.add(t);
    }
    return pool;
  }

  /** Blocks until every worker is warm, or the timeout passes; true when all are ready. */
  public boolean awaitReady(long timeout, TimeUnit unit) throws InterruptedException {
    return ready.await(timeout, unit);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T converse(Limits limits, HarnessBackend.Conversation<T> conversation) {
    HarnessReply.Stopped refusal = null;
    Job job = new Job(limits, conversation, new CompletableFuture<>(), false);
    if (closed) {
      refusal = HarnessReply.Stopped.of(Verdict.BUSY, "The grader is shutting down.");
    } else if (!queue.offer(job)) {
      refusal = HarnessReply.Stopped.of(Verdict.BUSY,
          "The grader is busy right now; please try again in a moment.");
    }
    if (refusal != null) {
      return conversation.run(new RefusedChannel(refusal));
    }
    try {
      return (T) job.result().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return conversation.run(new RefusedChannel(HarnessReply.Stopped.of(Verdict.ERROR,
          "interrupted while waiting for the grader")));
    } catch (ExecutionException e) {
      return conversation.run(new RefusedChannel(HarnessReply.Stopped.of(Verdict.ERROR,
          GraderFailure.report(LOG, "a worker exchange", e.getCause()))));
    }
  }

  /** Submissions waiting for a worker. */
  public int queued() {
    return queue.size();
  }

  /** Workers replaced since start (timeouts, crashes, memory). */
  public int restarts() {
    return restarts.get();
  }

  /** Service times (dequeue to reply) recorded since the last call, in nanoseconds. */
  public long[] drainServiceTimes() {
    return serviceTimes.drain();
  }

  /** Process ids of the live workers, for memory measurements. */
  public List<Long> workerPids() {
    return live.stream().map(WorkerProcess::pid).toList();
  }

  @Override
  public String name() {
    return "graalpy";
  }

  private void dispatchLoop() {
    WorkerProcess worker = null;
    int served = 0;
    boolean counted = false;
    while (!closed) {
      Job job = null;
      try {
        if (worker == null) {
          served = 0;
          worker = startWorker();
          if (worker == null) {
            failNextJob("The grader could not start; an operator has been notified.");
            continue;
          }
          if (!counted) {
            counted = true;
            ready.countDown();
          }
        }
        job = queue.poll(500, TimeUnit.MILLISECONDS);
        if (job == null) {
          continue;
        }
        while (job != null && worker != null) {
          long started = System.nanoTime();
          PoolChannel channel = new PoolChannel(worker, job.limits(), config.grace().toMillis(),
              this::replaceMidConversation);
          Object result = job.conversation().run(channel);
          serviceTimes.record(System.nanoTime() - started);
          served++;
          boolean reusable = channel.finish();
          worker = channel.worker();
          boolean confirm = !job.confirming() && served > 1 && channel.sawMemoryLimit();
          if (!confirm) {
            job.result().complete(result);
          }
          if (!reusable && worker != null) {
            LOG.info("replacing worker {} after a conversation", worker.pid());
            retire(worker);
            worker = null;
            restarts.incrementAndGet();
          }
          if (!confirm) {
            break;
          }
          // A worker that served others may hold memory that is not this submission's, so the
          // verdict is confirmed on a fresh worker: a true memory bomb is caught again there.
          LOG.info("memory limit after {} submissions on one worker; confirming on a fresh one", served);
          served = 0;
          if (worker != null) {
            retire(worker);
            restarts.incrementAndGet();
          }
          worker = startWorker();
          if (worker == null) {
            job.result().complete(result);
          }
          job = job.confirmation();
        }
      } catch (InterruptedException e) {
        break;
      } catch (RuntimeException e) {
        String message = GraderFailure.report(LOG, "the dispatcher", e);
        if (job != null) {
          job.result().complete(job.conversation().run(new RefusedChannel(
              HarnessReply.Stopped.of(Verdict.ERROR, message))));  // no-op if done
        }
        if (worker != null) {
          retire(worker);
          worker = null;
        }
      }
    }
    if (worker != null) {
      retire(worker);
    }
    if (!counted) {
      ready.countDown();
    }
  }

  /** A worker that asked to be replaced between two interpreters of one conversation. */
  private WorkerProcess replaceMidConversation(WorkerProcess old) {
    retire(old);
    restarts.incrementAndGet();
    try {
      return startWorker();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  void retire(WorkerProcess worker) {
    live.remove(worker);
    worker.kill();
  }

  private WorkerProcess startWorker() throws InterruptedException {
    for (int attempt = 1; attempt <= MAX_START_ATTEMPTS && !closed; attempt++) {
      try {
        WorkerProcess w = WorkerProcess.start(config);
        if (w.awaitReady(config.startupTimeout().toMillis())) {
          live.add(w);
          return w;
        }
        LOG.error("worker {} did not become ready (attempt {}): {}", w.pid(), attempt,
            w.stderrTail());
        w.kill();
      } catch (IOException e) {
        LOG.error("cannot start a worker (attempt {})", attempt, e);
      }
    }
    return null;
  }

  private void failNextJob(String message) throws InterruptedException {
    Job job = queue.poll(2, TimeUnit.SECONDS);
    if (job != null) {
      job.result().complete(job.conversation().run(new RefusedChannel(
          HarnessReply.Stopped.of(Verdict.ERROR, message))));
    }
  }

  /** Lets queued work finish (bounded by each job's deadline), then stops the workers. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!queue.isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    closed = true;
    for (Thread t : dispatchers) {
      try {
        t.join(TimeUnit.SECONDS.toMillis(15));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (WorkerProcess w : live) {
      w.stop();
    }
    Job leftover;
    while ((leftover = queue.poll()) != null) {
      leftover.result().complete(leftover.conversation().run(new RefusedChannel(
          HarnessReply.Stopped.of(Verdict.BUSY, "The grader shut down before this ran."))));
    }
  }
}
