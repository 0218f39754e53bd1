package dailypy.runner.graal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The one thread of a worker that runs guest code, and the CPU time the user's code spent on it
 * in the current session. Only this thread's CPU time counts: time spent waiting for a context
 * or for the CPU never does.
 */
final class GuestThread {

  /**
   * The guest thread's stack. GraalPy ignores sys.setrecursionlimit and raises RecursionError
   * only when this stack overflows, so its size is the recursion limit: 16 MiB reaches about
   * 3,800 frames (CPython stops at 1,000; 8 MiB already reaches 1,860 and runs a memoised
   * fib(990) and a 990-deep chain of constructors). A bigger stack only makes endless recursion
   * expensive: at 64 MiB each overflow took 15,000 frames and 0.4–0.8 s of CPU, so a recursion
   * bomb's verdict hung on how fast the JIT warmed up (TIMEOUT on a loaded machine).
   */
  static final long GUEST_STACK_BYTES = 16L << 20;

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private volatile long guestThreadId;
  private final ExecutorService guest = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(null, r, "guest", GUEST_STACK_BYTES);
    this.guestThreadId = t.threadId();
    return t;
  });
  private volatile long taskStartCpu;
  private volatile boolean taskRunning;
  /** CPU time of the user's code in the current session, over the tasks that ended. */
  private volatile long sessionCpuNanos;

  /** Runs a task on the guest thread without counting its time (preparing, collecting). */
  <T> Future<T> submit(Callable<T> task) {
    return guest.submit(task);
  }

  /** Runs a task on the guest thread without counting its time. */
  Future<?> submit(Runnable task) {
    return guest.submit(task);
  }

  /** Runs the user's code on the guest thread; its CPU time is added to the session's. */
  <T> Future<T> submitCounted(Callable<T> task) {
    return guest.submit(() -> {
      taskStartCpu = cpuNanos();
      taskRunning = true;
      try {
        return task.call();
      } finally {
        taskRunning = false;
        sessionCpuNanos += cpuNanos() - taskStartCpu;
      }
    });
  }

  /** The session's CPU time over the tasks that ended. */
  long sessionCpuNanos() {
    return sessionCpuNanos;
  }

  /** The session's CPU time so far, the running task's included. */
  long sessionCpuNanosNow() {
    return sessionCpuNanos + (taskRunning ? cpuNanos() - taskStartCpu : 0);
  }

  void endSession() {
    sessionCpuNanos = 0;
  }

  void shutdownNow() {
    guest.shutdownNow();
  }

  private long cpuNanos() {
    long id = guestThreadId;
    long cpu = id == 0 ? -1 : threads.getThreadCpuTime(id);
    return cpu < 0 ? System.nanoTime() : cpu;  // no CPU clock: fall back to wall time
  }
}
