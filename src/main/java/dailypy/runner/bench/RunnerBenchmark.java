package dailypy.runner.bench;

import dailypy.runner.ChildEnvironment;
import dailypy.runner.HarnessRunner;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.cpython.CPythonBackend;
import dailypy.runner.graal.PoolConfig;
import dailypy.runner.graal.WorkerPool;
import dailypy.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Measures the grading engine: cold start, warm latency per workload (with the CPython
 * fresh-process run of the same harness as a ratio), a burst through the pool, and memory.
 */
public final class RunnerBenchmark {

  /**
   * The system interpreter, not a version-manager shim on PATH: a shim is a shell script that
   * adds a few hundred milliseconds to every start and would flatter the embedded runner.
   */
  private static final String PYTHON = java.nio.file.Files.isExecutable(
      Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

  private final PoolConfig config;
  private final BenchOptions options;

  /** @param options its pause lets a worker pre-create its next context */
  public RunnerBenchmark(PoolConfig config, BenchOptions options) {
    this.config = config;
    this.options = options;
  }

  public void run() throws Exception {
    options.out().printf("## Runner benchmark%n%n");
    options.out().printf("- machine: %d cores, JDK %s; workers %d, heap %d MB each%n%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        config.workers(), config.heapMb());
    long coldStart = System.nanoTime();
    WorkerPool pool = WorkerPool.start(config.withQueueCapacity(Math.max(options.burst(),
        config.queueCapacity())));
    try (Runner graal = new HarnessRunner(pool, new dailypy.runner.graal.AnswerKeyPool(config),
        Map.of())) {
      RunResult first = graal.run(Workloads.BASIC.request());
      options.out().printf("- cold start to first result: %.1f s (%s)%n%n",
          (System.nanoTime() - coldStart) / 1e9, first.verdict());
      Runner cpython = cpythonRunner();
      options.out().println("| workload | embedded GraalPy, warm | python3 -I fresh process | ratio (p50) |");
      options.out().println("|---|---|---|---|");
      for (Workloads.Workload w : Workloads.all()) {
        Percentiles g = options.passing(graal, w);
        Percentiles c = cpython == null ? null : options.passing(cpython, w);
        options.out().printf("| %s | %s | %s | %s |%n", w.name(), g.format(),
            c == null ? "python3 not found" : c.format(),
            c == null ? "-" : String.format("%.2f", g.p50() / c.p50()));
      }
      options.out().println();
      pool.drainServiceTimes();
      burst(graal, pool);
      memory(pool);
      replacementsUnderAttack(graal, pool);
    }
  }

  private Runner cpythonRunner() throws IOException {
    Path dir = Files.createTempDirectory("dailypy-bench");
    try {
      Process p = ChildEnvironment.clean(new ProcessBuilder(PYTHON, "--version")).start();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
    } catch (IOException | InterruptedException e) {
      return null;
    }
    CPythonBackend backend = CPythonBackend.unsandboxed(PYTHON, dir);
    return new HarnessRunner(backend, backend, Map.of());
  }

  private void burst(Runner runner, WorkerPool pool) throws Exception {
    int burst = options.burst();
    ExecutorService callers = Executors.newFixedThreadPool(Math.min(burst, 256));
    try {
      long start = System.nanoTime();
      List<Future<RunResult>> futures = new ArrayList<>();
      for (int i = 0; i < burst; i++) {
        futures.add(callers.submit(() -> runner.run(Workloads.BASIC.request())));
      }
      int passed = 0;
      int dropped = 0;
      for (Future<RunResult> f : futures) {
        RunResult r = f.get(30, TimeUnit.MINUTES);
        if (r.verdict() == Verdict.PASSED) {
          passed++;
        } else {
          dropped++;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Percentiles service = Percentiles.ofNanos(pool.drainServiceTimes());
      options.out().printf("- burst of %d basic submissions: %.1f s, %.1f gradings/s, passed %d, "
          + "dropped or failed %d; service time past the queue %s%n", burst, seconds,
          burst / seconds, passed, dropped, service.format());
    } finally {
      callers.shutdownNow();
    }
  }

  /**
   * Whether replacing workers is a lever against everyone else: one attacker sends code that only
   * killing the worker stops, back to back (one in flight, as the bot's per-user queue allows),
   * while honest gradings arrive every pause; their latency is compared with a quiet pool's.
   */
  private void replacementsUnderAttack(Runner runner, WorkerPool pool) throws Exception {
    Percentiles quiet = options.passing(runner, Workloads.BASIC);
    int restartsBefore = pool.restarts();
    java.util.concurrent.atomic.AtomicBoolean attacking =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    java.util.concurrent.atomic.AtomicInteger attacks = new java.util.concurrent.atomic.AtomicInteger();
    Thread attacker = Thread.ofPlatform().daemon().start(() -> {
      while (attacking.get()) {
        runner.run(dailypy.runner.RunRequest.of("def sum_of_list(numbers):\n    return 10 ** (10 ** 9)\n",
            Workloads.BASIC.request().tests()));
        attacks.incrementAndGet();
      }
    });
    Percentiles attacked;
    try {
      attacked = options.passing(runner, Workloads.BASIC);
    } finally {
      attacking.set(false);
      attacker.join(TimeUnit.MINUTES.toMillis(2));
    }
    options.out().printf("- an attacker forcing worker replacements back to back (%d attacks, %d workers "
        + "replaced): honest basic gradings %s, against %s on a quiet pool%n", attacks.get(),
        pool.restarts() - restartsBefore, attacked.format(), quiet.format());
  }

  private void memory(WorkerPool pool) {
    long self = StartupBenchmark.rssKb(ProcessHandle.current().pid());
    long total = self;
    StringBuilder workers = new StringBuilder();
    for (long pid : pool.workerPids()) {
      long rss = StartupBenchmark.rssKb(pid);
      total += rss;
      workers.append(String.format("%.0f MiB ", rss / 1024.0));
    }
    options.out().printf("- resident memory: this process %.0f MiB, workers %s, total %.0f MiB%n",
        self / 1024.0, workers.toString().trim(), total / 1024.0);
  }
}
