package dailypy.runner.bench;

import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.verdict.Verdict;
import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * The options every {@code tutor bench} measurement shares, and the one way they time gradings
 * one after another: each waits {@code pauseMillis} first, as between real users (which lets a
 * backend ready its next interpreter).
 *
 * @param iterations sequential gradings per workload
 * @param burst submissions sent at once in a burst (not used by the start-up measurement)
 * @param pauseMillis idle time before each sequential grading
 * @param out where the Markdown report goes
 */
public record BenchOptions(int iterations, int burst, long pauseMillis, PrintStream out) {

  /** The time of each of {@code iterations} paced gradings of {@code request}, in nanoseconds. */
  long[] pacedNanos(Runner runner, RunRequest request, Consumer<RunResult> check)
      throws InterruptedException {
    long[] samples = new long[iterations];
    for (int i = 0; i < iterations; i++) {
      Thread.sleep(pauseMillis);
      long start = System.nanoTime();
      RunResult r = runner.run(request);
      samples[i] = System.nanoTime() - start;
      check.accept(r);
    }
    return samples;
  }

  /** Paced gradings of a workload, every one of which must pass (else the benchmark is void). */
  Percentiles passing(Runner runner, Workloads.Workload w) throws InterruptedException {
    return Percentiles.ofNanos(pacedNanos(runner, w.request(), r -> {
      if (r.verdict() != Verdict.PASSED) {
        throw new IllegalStateException(w.name() + " on " + runner.name() + " gave "
            + r.verdict() + ": " + r.message());
      }
    }));
  }
}
