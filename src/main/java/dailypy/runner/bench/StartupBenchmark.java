package dailypy.runner.bench;

import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * {@code tutor bench --startup}: the runner the bot and practice get, from the moment it is
 * built to its first basic grading, to {@link Runner#ready()} (what the bot waits for before
 * its daily posts and "ready"), and to gradings at warm speed; then the resident memory of this
 * process and everything it started.
 */
public final class StartupBenchmark {

  private final Supplier<Runner> runnerFactory;
  private final BenchOptions options;
  private final PrintStream out;

  /** @param runnerFactory builds the runner as the bot does (config/tutor.yaml, Wiring) */
  public StartupBenchmark(Supplier<Runner> runnerFactory, BenchOptions options) {
    this.runnerFactory = runnerFactory;
    this.options = options;
    this.out = options.out();
  }

  public void run() throws Exception {
    out.printf("## Start to first grading (the bot's and practice's runner)%n%n");
    long t0 = System.nanoTime();
    try (Runner runner = runnerFactory.get()) {
      long built = System.nanoTime();
      AtomicLong readyAt = new AtomicLong();
      var ready = runner.ready().thenRun(() -> readyAt.set(System.nanoTime()));
      RunResult first = runner.run(Workloads.BASIC.request());
      long firstAt = System.nanoTime();
      out.printf("- runner built (backends started, sandbox checked, packages probed): %.1f s%n",
          seconds(built - t0));
      out.printf("- first basic grading done: %.1f s from the start, %.1f s after the JVM "
          + "started, the bank loaded included (%s, %.0f ms itself, by %s)%n",
          seconds(firstAt - t0), java.lang.management.ManagementFactory.getRuntimeMXBean()
              .getUptime() / 1000.0, first.verdict(), (firstAt - built) / 1e6, first.gradedBy());
      // warm speed whatever the verdicts: the first grading above shows whether basic passes
      long[] warm = options.pacedNanos(runner, Workloads.BASIC.request(), r -> { });
      long warmDone = System.nanoTime();
      out.printf("- then %d basic gradings %d ms apart: %s%n", options.iterations(),
          options.pauseMillis(),
          Percentiles.ofNanos(warm).format());
      ready.get(10, TimeUnit.MINUTES);
      out.printf("- runner.ready() (every backend can grade; the bot's daily posts and \"ready\" "
          + "wait for it): %.1f s from the start%n", seconds(readyAt.get() - t0));
      if (readyAt.get() > warmDone) {
        Thread.sleep(options.pauseMillis());
      }
      memory();
    }
  }

  private void memory() {
    long self = rssKb(ProcessHandle.current().pid());
    long children = ProcessHandle.current().descendants()
        .mapToLong(h -> rssKb(h.pid())).sum();
    out.printf("- resident memory: this process %.0f MiB, the processes it started %.0f MiB, "
        + "total %.0f MiB%n", self / 1024.0, children / 1024.0, (self + children) / 1024.0);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  /** A process's resident memory in KiB from /proc, 0 when it cannot be read (it ended). */
  static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }
}
