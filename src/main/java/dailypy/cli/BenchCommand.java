package dailypy.cli;

import dailypy.runner.bench.BenchOptions;
import dailypy.runner.bench.RunnerBenchmark;
import dailypy.runner.graal.PoolConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Benchmarks the grading engine; the numbers go into docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure grading latency, burst throughput and memory of the runner.")
public final class BenchCommand implements Callable<Integer> {

  @Option(names = "--workers", defaultValue = "2", description = "Worker processes.")
  int workers;

  @Option(names = "--heap-mb", defaultValue = "256", description = "Heap per worker.")
  int heapMb;

  @Option(names = "--iterations", defaultValue = "30", description = "Sequential gradings per "
      + "workload.")
  int iterations;

  @Option(names = "--burst", defaultValue = "200", description = "Submissions in the burst.")
  int burst;

  @Option(names = "--pause-ms", defaultValue = "300", description = "Idle time between "
      + "sequential gradings, as between real users.")
  long pauseMillis;

  @Option(names = "--backend", defaultValue = "graalpy", description = "graalpy (the embedded "
      + "pool, with python3 as a ratio) or cpython (the bubblewrap-sandboxed host python3).")
  String backend;

  @Option(names = "--random-cases", description = "Instead: what random cases add to grading "
      + "time, on the configured backends (docs/benchmarks.md).")
  boolean randomCases;

  @Option(names = "--calibration", description = "Only measure the time-limit calibration "
      + "of each backend, quiet and under competing load.")
  boolean calibration;

  @Option(names = "--repeats", defaultValue = "5", description = "Calibrations per backend and "
      + "condition with --calibration.")
  int repeats;

  @Option(names = "--prestarted", defaultValue = "-1", description = "With --backend cpython: "
      + "sandboxed interpreters kept started ahead (0: a fresh process per submission; default: "
      + "the configuration's default, one per process that may run at once).")
  int prestarted;

  @Option(names = "--startup", description = "Instead: the bot's runner (config/tutor.yaml) "
      + "from start to its first grading, to ready and to warm speed, and its memory.")
  boolean startup;

  @Override
  public Integer call() throws Exception {
    if (startup) {
      var loaded = dailypy.questions.QuestionLoader.load(
          java.nio.file.Path.of(AppConfig.Questions.DEFAULT_DIR));
      var wanted = loaded.ok() ? Wiring.requiredPackages(loaded.bank()) : java.util.Set.<String>of();
      new dailypy.runner.bench.StartupBenchmark(() -> RunnerSource.DEFAULT.open(wanted),
          options()).run();
      return 0;
    }
    if (randomCases) {
      var loaded = dailypy.questions.QuestionLoader.load(
          java.nio.file.Path.of(AppConfig.Questions.DEFAULT_DIR));
      if (!loaded.ok()) {
        System.err.println(loaded.problems().size() + " problem(s) in the question bank; run "
            + "`tutor questions validate` first");
        return 1;
      }
      dailypy.questions.QuestionBank bank = loaded.bank();
      new RandomCasesBench(bank, RunnerSource.DEFAULT, iterations, System.out).run();
      return 0;
    }
    if (calibration) {
      new dailypy.runner.bench.CalibrationBenchmark(PoolConfig.defaults(),
          dailypy.runner.cpython.CPythonConfig.defaults(), repeats, System.out).run();
      return 0;
    }
    if (backend.equals("cpython")) {
      var config = dailypy.runner.cpython.CPythonConfig.defaults();
      new dailypy.runner.bench.CPythonBenchmark(prestarted < 0 ? config
          : config.withPrestarted(prestarted), options()).run();
      return 0;
    }
    if (!backend.equals("graalpy")) {
      System.err.println("--backend: graalpy or cpython, not " + backend);
      return 2;
    }
    PoolConfig config = PoolConfig.defaults().withWorkers(workers).withHeapMb(heapMb);
    new RunnerBenchmark(config, options()).run();
    return 0;
  }

  private BenchOptions options() {
    return new BenchOptions(iterations, burst, pauseMillis, System.out);
  }
}
