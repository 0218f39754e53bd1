package dailypy.runner.bench;

import dailypy.runner.Calibration;
import dailypy.runner.ChildEnvironment;
import dailypy.runner.HarnessBackend;
import dailypy.runner.SpeedFactor;
import dailypy.runner.cpython.CPythonConfig;
import dailypy.runner.cpython.CPythonRunner;
import dailypy.runner.cpython.SandboxUnavailableException;
import dailypy.runner.graal.PoolConfig;
import dailypy.runner.graal.WorkerPool;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The time-limit calibration on each backend, on a quiet machine and with the machine made about
 * three times slower by competing busy processes. Limits are CPU time, so the factor should
 * barely move: a verdict does not depend on the load.
 */
public final class CalibrationBenchmark {

  private final PoolConfig pool;
  private final CPythonConfig cpython;
  private final int repeats;
  private final PrintStream out;

  /** @param repeats calibrations per backend and condition (each is the best of three runs) */
  public CalibrationBenchmark(PoolConfig pool, CPythonConfig cpython, int repeats,
      PrintStream out) {
    this.pool = pool.withWorkers(1);
    this.cpython = cpython;
    this.repeats = repeats;
    this.out = out;
  }

  public void run() throws Exception {
    out.printf("## Time-limit calibration%n%n");
    int cores = Runtime.getRuntime().availableProcessors();
    int spinners = 3 * cores - 1;
    out.printf("- %d cores; loaded = %d busy processes beside the measured one (each runnable "
        + "process gets about a third of a core)%n%n", cores, spinners);
    out.println("| backend | iterations (best of runs) | quiet: measured ratio (workload CPU ms) | loaded: "
        + "measured ratio (workload CPU ms) | change of the median | wall time of one calibration, quiet / "
        + "loaded |");
    out.println("|---|---|---|---|---|---|");
    List<Row> rows = new ArrayList<>();
    try (WorkerPool graal = WorkerPool.start(pool)) {
      graal.awaitReady(5, TimeUnit.MINUTES);
      rows.add(new Row("graalpy", graal, Calibration.GRAALPY));
      HarnessBackend sandboxed = null;
      try {
        sandboxed = CPythonRunner.start(cpython, List.of()).backend();
        rows.add(new Row("cpython (bwrap)", sandboxed, Calibration.CPYTHON));
      } catch (SandboxUnavailableException e) {
        out.println("cpython: not available (" + e.getMessage() + ")");
      }
      for (Row row : rows) {
        row.quiet = measure(row);
      }
      List<Process> busy = load(spinners);
      try {
        for (Row row : rows) {
          row.loaded = measure(row);
        }
      } finally {
        stop(busy);
      }
      for (Row row : rows) {
        double q = median(row.quiet.factors);
        double l = median(row.loaded.factors);
        out.printf(Locale.ROOT, "| %s | %d (%d) | %s | %s | %+.1f%% | %.2f / %.2f s |%n", row.name,
            row.plan.iterations(), row.plan.runs(), row.quiet.format(), row.loaded.format(), 100 * (l - q) / q,
            row.quiet.wallSeconds, row.loaded.wallSeconds);
      }
    }
    out.println();
  }

  private Series measure(Row row) {
    Series s = new Series();
    long t = System.nanoTime();
    for (int i = 0; i < repeats; i++) {
      SpeedFactor f = Calibration.measure(row.backend, row.plan);
      // the measured ratio before the clamp: this benchmark is about the measurement
      s.factors.add(f.measuredCpuMillis() * 1e6 / row.plan.iterations()
          / Calibration.REFERENCE_NANOS_PER_ITERATION);
      s.millis.add(f.measuredCpuMillis());
    }
    s.wallSeconds = (System.nanoTime() - t) / 1e9 / repeats;
    return s;
  }

  private static List<Process> load(int n) throws IOException {
    List<Process> busy = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // `timeout` bounds each spinner even if this JVM dies before stopping them.
      busy.add(ChildEnvironment.clean(new ProcessBuilder("timeout", "600", "sh", "-c",
          "while :; do :; done")).start());
    }
    return busy;
  }

  private static void stop(List<Process> busy) throws InterruptedException {
    for (Process p : busy) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor(5, TimeUnit.SECONDS);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static final class Row {
    final String name;
    final HarnessBackend backend;
    final Calibration.Plan plan;
    Series quiet;
    Series loaded;

    Row(String name, HarnessBackend backend, Calibration.Plan plan) {
      this.name = name;
      this.backend = backend;
      this.plan = plan;
    }
  }

  private static final class Series {
    final List<Double> factors = new ArrayList<>();
    final List<Long> millis = new ArrayList<>();
    double wallSeconds;

    String format() {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < factors.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f (%d)",
            factors.get(i), millis.get(i)));
      }
      return sb.toString();
    }
  }
}
