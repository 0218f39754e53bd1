package dailypy.cli;

import dailypy.questions.QuestionLoader;
import dailypy.runner.bench.BenchOptions;
import dailypy.runner.bench.CPythonBenchmark;
import dailypy.runner.bench.CalibrationBenchmark;
import dailypy.runner.bench.RunnerBenchmark;
import dailypy.runner.bench.StartupBenchmark;
import dailypy.runner.cpython.CPythonConfig;
import dailypy.runner.graal.PoolConfig;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
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

  @Option(names = "--repeats", defaultValue = "5", description = "Calibrations per backend and "
      + "condition with --calibration.")
  int repeats;

  @Option(names = "--prestarted", defaultValue = "-1", description = "With --backend cpython: "
      + "sandboxed interpreters kept started ahead (0: a fresh process per submission; default: "
      + "the configuration's default, one per process that may run at once).")
  int prestarted;

  /**
   * The benchmarks that run instead of the default one; picocli refuses two at once rather than
   * running whichever {@link #call} happens to test first.
   */
  @ArgGroup(exclusive = true)
  Instead instead = new Instead();

  static final class Instead {
    @Option(names = "--startup", description = "The bot's runner (config/tutor.yaml) from start "
        + "to its first grading, to ready and to warm speed, and its memory.")
    boolean startup;

    @Option(names = "--random-cases", description = "What random cases add to grading time, on "
        + "the configured backends (docs/benchmarks.md).")
    boolean randomCases;

    @Option(names = "--calibration", description = "The time-limit calibration of each backend, "
        + "quiet and under competing load.")
    boolean calibration;
  }

  @Override
  public Integer call() throws Exception {
    if (instead.startup) {
      QuestionLoader.Result loaded = defaultBank();
      Set<String> wanted = loaded.ok() ? Wiring.requiredPackages(loaded.bank()) : Set.of();
      new StartupBenchmark(() -> RunnerSource.DEFAULT.open(wanted),
          options()).run();
      return 0;
    }
    if (instead.randomCases) {
      QuestionLoader.Result loaded = defaultBank();
      if (!loaded.ok()) {
        System.err.println(loaded.problems().size() + " problem(s) in the question bank; run "
            + "`tutor questions validate` first");
        return 1;
      }
      new RandomCasesBench(loaded.bank(), RunnerSource.DEFAULT, iterations, System.out).run();
      return 0;
    }
    if (instead.calibration) {
      new CalibrationBenchmark(PoolConfig.defaults(),
          CPythonConfig.defaults(), repeats, System.out).run();
      return 0;
    }
    if (backend.equals("cpython")) {
      CPythonConfig config = CPythonConfig.defaults();
      new CPythonBenchmark(prestarted < 0 ? config
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

  /** The bank the bot would load with no config: the benchmarks measure the shipped questions. */
  private static QuestionLoader.Result defaultBank() {
    return QuestionLoader.load(Path.of(AppConfig.Questions.DEFAULT_DIR));
  }

  private BenchOptions options() {
    return new BenchOptions(iterations, burst, pauseMillis, System.out);
  }
}
