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
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Measures the sandboxed host-CPython backend (`bench --backend cpython`): start-up with the
 * sandbox check and package probe, warm latency per workload against the same harness run by
 * an unsandboxed {@code python3 -I} (the sandbox's cost), library workloads, and a burst.
 */
public final class CPythonBenchmark {

  private final CPythonConfig config;
  private final int iterations;
  private final int burst;
  private final PrintStream out;

  public CPythonBenchmark(CPythonConfig config, int iterations, int burst, PrintStream out) {
    this.config = config;
    this.iterations = iterations;
    this.burst = burst;
    this.out = out;
  }

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
    out.printf("## CPython backend benchmark%n%n");
    out.printf("- machine: %d cores, JDK %s; python %s, %d MB address space, %d processes at "
            + "once%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), config.python(), config.memoryMb(),
        config.maxParallel());
    long start = System.nanoTime();
    CPythonRunner.Started started = CPythonRunner.start(config.withQueueCapacity(
        Math.max(burst, config.queueCapacity())),
        List.of("numpy", "pandas", "flask", "django", "djangorestframework"));
    out.printf("- start-up (sandbox check + package probe): %.1f s, isolation %s, python %s, "
            + "packages %s%n%n", (System.nanoTime() - start) / 1e9, started.isolation(),
        started.pythonVersion(), started.packages());
    try (Runner sandboxed = started.runner();
        Runner bare = bareRunner(config.python(), started.packages())) {
      out.println("| workload | bwrap sandbox, fresh process | python3 -I, no sandbox | "
          + "sandbox cost (p50) |");
      out.println("|---|---|---|---|");
      List<Workloads.Workload> all = new ArrayList<>(Workloads.all());
      all.addAll(libraries());
      for (Workloads.Workload w : all) {
        Percentiles s = sequential(sandboxed, w);
        Percentiles b = sequential(bare, w);
        out.printf("| %s | %s | %s | %+.0f ms |%n", w.name(), s.format(), b.format(),
            s.p50() - b.p50());
      }
      out.println();
      burst(sandboxed);
    }
  }

  private Percentiles sequential(Runner runner, Workloads.Workload w) {
    long[] samples = new long[iterations];
    for (int i = 0; i < iterations; i++) {
      long t = System.nanoTime();
      RunResult r = runner.run(w.request());
      samples[i] = System.nanoTime() - t;
      if (r.verdict() != Verdict.PASSED) {
        throw new IllegalStateException(w.name() + " gave " + r.verdict() + ": " + r.message());
      }
    }
    return Percentiles.ofNanos(samples);
  }

  private void burst(Runner runner) throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(Math.min(burst, 64));
    try {
      long t = System.nanoTime();
      List<Future<RunResult>> results = new ArrayList<>();
      for (int i = 0; i < burst; i++) {
        results.add(callers.submit(() -> runner.run(Workloads.BASIC.request())));
      }
      int passed = 0;
      for (Future<RunResult> f : results) {
        if (f.get(30, TimeUnit.MINUTES).verdict() == Verdict.PASSED) {
          passed++;
        }
      }
      double seconds = (System.nanoTime() - t) / 1e9;
      out.printf("- burst of %d basic submissions, %d processes at once: %.1f s, %.1f "
              + "gradings/s, passed %d, dropped or failed %d%n", burst, config.maxParallel(),
          seconds, burst / seconds, passed, burst - passed);
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
