package dailypy.runner.cpython;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sandboxed interpreters started ahead of time, so that a submission does not wait for bubblewrap,
 * Python and the harness to start: each has loaded the harness and the sandbox policy (nothing of
 * any answer key: that only ever arrives in the submission's own messages) and waits on its stdin
 * for the submission's CPU limit.
 *
 * <p>Each is taken by exactly one conversation, which kills it after; taking one starts its
 * replacement at once, also while the submission runs. One that dies while waiting, or reaches
 * its age limit, is discarded and replaced. Only questions that require no package use them: the
 * driver imports a question's packages before READY, so a process is ready for one set of them.
 */
final class PrestartedProcesses implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PrestartedProcesses.class);
  /** RLIMIT_CPU of a waiting process; a submission lowers it, so it bounds what one may set. */
  static final Duration CPU_CAP = Duration.ofMinutes(10);
  static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(10);
  private static final long MAX_BACKOFF_MILLIS = 30_000;

  private final SandboxCommand sandbox;
  private final int target;
  private final Duration maxAge;
  private final long graceMillis;
  private final SecureRandom random;
  private final ExecutorService starters;
  private final CountDownLatch closedLatch = new CountDownLatch(1);
  private final Deque<SandboxedProcess> ready = new ArrayDeque<>();
  /** Starts under way or backing off after a failure (guarded by this). */
  private int starting;
  /** Starts queued or launching a process now, not backing off (guarded by this). */
  private int launching;
  private int failuresInARow;
  private boolean closed;

  /**
   * Starts filling the pool in the background.
   *
   * @param target processes kept ready
   * @param maxAge a ready process older than this is discarded and replaced
   */
  PrestartedProcesses(SandboxCommand sandbox, int target, Duration maxAge, long graceMillis,
      SecureRandom random) {
    if (target < 1) {
      throw new IllegalArgumentException("at least one pre-started process");
    }
    this.sandbox = sandbox;
    this.target = target;
    this.maxAge = maxAge;
    this.graceMillis = graceMillis;
    this.random = random;
    this.starters = Executors.newFixedThreadPool(target,
        Thread.ofPlatform().daemon().name("cpython-prestart-", 0).factory());
    refill();
  }

  /**
   * A ready process for a submission whose RLIMIT_CPU is {@code cpuSeconds}, or null (none ready
   * nor being started, or the limit is above what a waiting process allows): the caller then
   * starts its own. Waits for a start under way, which is never later than a start of its own.
   */
  SandboxedProcess take(long cpuSeconds) throws InterruptedException {
    if (cpuSeconds + 2 > CPU_CAP.toSeconds()) {
      return null;
    }
    long deadline = System.nanoTime()
        + TimeUnit.MILLISECONDS.toNanos(CPythonBackend.STARTUP_ALLOWANCE_MILLIS);
    List<SandboxedProcess> discarded = new ArrayList<>();
    try {
      synchronized (this) {
        while (!closed) {
          SandboxedProcess p = ready.pollFirst();
          if (p != null) {
            refill();
            if (p.alive() && p.ageNanos() < maxAge.toNanos()) {
              return p;
            }
            discarded.add(p);
            continue;
          }
          long left = deadline - System.nanoTime();
          if (launching == 0 || left <= 0) {
            return null;
          }
          TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return null;
      }
    } finally {
      discarded.forEach(p -> p.kill(graceMillis));
    }
  }

  /** Pids of the processes ready now (for tests). */
  synchronized List<Long> readyPids() {
    return ready.stream().map(SandboxedProcess::pid).toList();
  }

  /** Processes ready now plus those being started. */
  synchronized int size() {
    return ready.size() + starting;
  }

  @Override
  public void close() {
    List<SandboxedProcess> left;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      left = new ArrayList<>(ready);
      ready.clear();
      notifyAll();
    }
    closedLatch.countDown();
    starters.shutdown();
    left.forEach(p -> p.killAndWait(graceMillis));
    try {
      // A start under way kills its process when it sees the pool closed.
      if (!starters.awaitTermination(CPythonBackend.STARTUP_ALLOWANCE_MILLIS + 2 * graceMillis,
          TimeUnit.MILLISECONDS)) {
        starters.shutdownNow();
      }
    } catch (InterruptedException e) {
      starters.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void refill() {
    while (!closed && ready.size() + starting < target) {
      starting++;
      launching++;
      starters.execute(this::startOne);
    }
  }

  private void startOne() {
    SandboxedProcess.Launch launch;
    try {
      launch = SandboxedProcess.start(sandbox, CPU_CAP, List.of(), random, graceMillis);
    } catch (InterruptedException e) {
      synchronized (this) {
        launching--;
        starting--;
        notifyAll();
      }
      return;
    }
    SandboxedProcess p = launch.process();
    long backoff = 0;
    boolean closedMeanwhile;
    synchronized (this) {
      launching--;
      closedMeanwhile = closed;
      if (p != null && !closed) {
        ready.addLast(p);
        failuresInARow = 0;
      } else if (p == null) {
        failuresInARow++;
        backoff = Math.min(MAX_BACKOFF_MILLIS, 250L << Math.min(failuresInARow, 10));
      }
      notifyAll();
    }
    if (p != null) {
      if (closedMeanwhile) {
        p.killAndWait(graceMillis);  // the pool closed while it started
      } else {
        p.process().onExit().thenRun(() -> retire(p));
        CompletableFuture.delayedExecutor(maxAge.toMillis(), TimeUnit.MILLISECONDS)
            .execute(() -> retire(p));
      }
    } else {
      LOG.warn("could not pre-start a sandboxed python ({} in a row): {}; trying again in {} ms",
          failuresInARow, launch.failure().message(), backoff);
      try {
        closedLatch.await(backoff, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (this) {
      starting--;
    }
    refill();
  }

  /** Discards p if it is still waiting (it died or is too old), and starts its replacement. */
  private void retire(SandboxedProcess p) {
    boolean removed;
    synchronized (this) {
      removed = ready.remove(p);
    }
    if (removed) {
      p.kill(graceMillis);
      refill();
    }
  }
}
