package dailypy.runner;

import dailypy.verdict.Verdict;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A backend that starts on its first grading, for one-shot commands: a `tutor grade` that another
 * backend serves never pays for starting this one (the GraalPy pool's JVMs and warm-up).
 */
public final class LazyRunner implements Runner {

  private final String name;
  private final Map<String, String> packages;
  private final Supplier<Runner> start;
  private Runner started;
  private boolean closed;

  /**
   * @param name the backend's name, known before it starts
   * @param packages what it will import, known before it starts (GraalPy: none)
   * @param start starts the backend
   */
  public LazyRunner(String name, Map<String, String> packages, Supplier<Runner> start) {
    this.name = name;
    this.packages = Map.copyOf(packages);
    this.start = start;
  }

  private synchronized Runner started() {
    if (closed) {
      return null;
    }
    if (started == null) {
      started = start.get();
    }
    return started;
  }

  @Override
  public RunResult run(RunRequest request) {
    Runner runner = started();
    return runner == null
        ? RunResult.of(Verdict.BUSY, "The grader is shutting down.", name)
        : runner.run(request);
  }

  /** Ready when started and warm; not started yet, it has nothing to wait for. */
  @Override
  public synchronized CompletableFuture<Void> ready() {
    return started == null ? CompletableFuture.completedFuture(null) : started.ready();
  }

  /** Whether the backend was started (for tests and logs). */
  public synchronized boolean isStarted() {
    return started != null;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Map<String, String> packages() {
    return packages;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (started != null) {
      started.close();
    }
  }
}
