package dailypy.runner.bench;

import dailypy.runner.HarnessRunner;
import dailypy.runner.Limits;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.TestSpec;
import dailypy.runner.cpython.CPythonBackend;
import dailypy.runner.cpython.CPythonConfig;
import dailypy.runner.cpython.CPythonRunner;
import dailypy.verdict.Verdict;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Measures the sandboxed host-CPython backend (`bench --backend cpython`): start-up with the
 * sandbox check and package probe, warm latency per workload against the same harness run by
 * an unsandboxed {@code python3 -I} (the sandbox's cost), library workloads, and a burst.
 *
 * @param config the backend's settings; {@code prestarted} 0 measures a fresh process per
 *     submission
 */
public record CPythonBenchmark(CPythonConfig config, BenchOptions options) {

  static Workloads.Workload library(String name, String code, String call, String expected,
      String... requires) {
    return new Workloads.Workload(name, new RunRequest(code, new TestSpec.Cases(List.of(
        Workloads.test(call, expected, false))), List.of(), Limits.DEFAULT, Set.of(requires)));
  }

  static List<Workloads.Workload> libraries() {
    return List.of(
        library("numpy (broadcast table)", "import numpy as np\n"
                + "def table(n):\n    a = np.arange(1, n + 1)\n    return a[:, None] * a\n",
            "table(3).tolist()", "[[1, 2, 3], [2, 4, 6], [3, 6, 9]]", "numpy"),
        library("pandas (groupby sum)", "import pandas as pd\n"
                + "def totals(df):\n    return df.groupby('k')['v'].sum().to_dict()\n",
            "import pandas as pd\ntotals(pd.DataFrame({'k': ['a', 'b', 'a'], 'v': [1, 2, 3]}))",
            "{'a': 4, 'b': 2}", "pandas"),
        library("flask (test client)", "from flask import Flask\napp = Flask(__name__)\n"
                + "@app.route('/')\ndef home():\n    return 'hi'\n",
            "app.test_client().get('/').get_data(as_text=True)", "'hi'", "flask"),
        library("django (model + view + test Client)", """
            from django.db import models
            from django.http import JsonResponse
            from django.urls import path

            class Book(models.Model):
                title = models.CharField(max_length=100)

            def titles(request):
                return JsonResponse({'titles': [b.title for b in Book.objects.order_by('title')]})

            urlpatterns = [path('books/', titles)]
            """, "from django.test import Client\nBook.objects.create(title='Dune')\n"
                + "Client().get('/books/').json()", "{'titles': ['Dune']}", "django"));
  }

  public void run() throws Exception {
    options.out().printf("## CPython backend benchmark%n%n");
    options.out().printf("- machine: %d cores, JDK %s; python %s, %d MB address space, %d processes at "
            + "once, %d pre-started, %d ms between sequential gradings%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        config.python(), config.memoryMb(), config.maxParallel(), config.prestarted(),
        options.pauseMillis());
    long start = System.nanoTime();
    CPythonRunner.Started started = CPythonRunner.start(config.withQueueCapacity(
        Math.max(options.burst(), config.queueCapacity())),
        List.of("numpy", "pandas", "flask", "django", "djangorestframework"));
    options.out().printf("- start-up (sandbox check + package probe): %.1f s, isolation %s, python %s, "
            + "packages %s%n%n", (System.nanoTime() - start) / 1e9, started.isolation(),
        started.pythonVersion(), started.packages());
    try (Runner sandboxed = started.runner();
        Runner bare = bareRunner(config.python(), started.packages())) {
      RunResult first = sandboxed.run(Workloads.BASIC.request());
      options.out().printf("- first basic grading: %.1f s after the start began (%s; waits for the "
          + "calibration)%n%n", (System.nanoTime() - start) / 1e9, first.verdict());
      String mode = config.prestarted() > 0 ? "pre-started process" : "fresh process";
      options.out().println("| workload | bwrap sandbox, " + mode + " | python3 -I, no sandbox, fresh "
          + "process | sandbox cost (p50) | ratio to python3 -I (p50) |");
      options.out().println("|---|---|---|---|---|");
      List<Workloads.Workload> all = new ArrayList<>(Workloads.all());
      all.addAll(libraries());
      for (Workloads.Workload w : all) {
        Percentiles s = options.passing(sandboxed, w);
        Percentiles b = options.passing(bare, w);
        options.out().printf("| %s | %s | %s | %+.0f ms | %.2f× |%n", w.name(), s.format(), b.format(),
            s.p50() - b.p50(), s.p50() / b.p50());
      }
      options.out().println();
      burst((HarnessRunner) sandboxed, started);
    }
  }

  /**
   * All submissions at once. Response time: from the burst's start to the result (queue
   * included). Service time: from the moment a grading got its interpreter to its end.
   */
  private void burst(HarnessRunner sandboxed, CPythonRunner.Started started) throws Exception {
    int burst = options.burst();
    TimedBackend timed = new TimedBackend(started.backend());
    Runner runner = new HarnessRunner(timed, timed, started.packages(),
        CompletableFuture.completedFuture(sandboxed.speedFactor()));
    // A new runner has its own caches: the question's random cases and expected values are
    // built once here, as in a bot that has graded the question before, not 50 times at once.
    runner.run(Workloads.BASIC.request());
    ExecutorService callers = Executors.newFixedThreadPool(Math.min(burst, 64));
    try {
      long t = System.nanoTime();
      List<Future<long[]>> results = new ArrayList<>();
      for (int i = 0; i < burst; i++) {
        results.add(callers.submit(() -> {
          timed.takeNanos();
          RunResult r = runner.run(Workloads.BASIC.request());
          return new long[] {r.verdict() == Verdict.PASSED ? 1 : 0, System.nanoTime() - t,
              timed.takeNanos()};
        }));
      }
      int passed = 0;
      long[] response = new long[burst];
      long[] service = new long[burst];
      for (int i = 0; i < burst; i++) {
        long[] r = results.get(i).get(30, TimeUnit.MINUTES);
        passed += (int) r[0];
        response[i] = r[1];
        service[i] = r[2];
      }
      double seconds = (System.nanoTime() - t) / 1e9;
      options.out().printf("- burst of %d basic submissions, %d processes at once, %d pre-started: %.1f s, "
              + "%.1f gradings/s, passed %d, dropped or failed %d%n", burst, config.maxParallel(),
          config.prestarted(), seconds, burst / seconds, passed, burst - passed);
      options.out().printf("  - service time (interpreter handed out to conversation end): %s%n",
          Percentiles.ofNanos(service).format());
      options.out().printf("  - response time (burst start to result, queue included): %s%n",
          Percentiles.ofNanos(response).format());
    } finally {
      callers.shutdownNow();
    }
  }

  /** The same harness in python3 -I without a sandbox: the sandbox's own cost, measured. */
  private static Runner bareRunner(String python, java.util.Map<String, String> packages)
      throws java.io.IOException {
    CPythonBackend backend = CPythonBackend.unsandboxed(python,
        Files.createTempDirectory("dailypy-bench-bare"));
    return new HarnessRunner(backend, backend, packages);
  }
}
