package dailypy.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dailypy.practice.ResultReport;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.TestResult;
import dailypy.verdict.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs ordinary unittest modules against solution modules inside the sandbox: one solution and
 * one test file, or whole exercise folders through the same warm pool. A folder that cannot be
 * run is a row of the table; the others still run.
 */
@Command(name = "run-tests", mixinStandardHelpOptions = true,
    description = {"Run a unittest module against a solution inside the sandbox.",
        "  run-tests SOLUTION.py TEST_FILE.py   the test imports the solution by its file name",
        "  run-tests DIR...                     each DIR holds one *_test.py (or one test_*.py) "
            + "and the modules it imports"})
public final class RunTestsCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Solution and test file, or "
      + "exercise folders.")
  List<Path> paths;

  @Option(names = "--json", description = "Print JSON results, one per line.")
  boolean json;

  @Option(names = "--timeout-ms", defaultValue = "10000", description = "CPU time per run.")
  long timeoutMillis;

  @Option(names = "--requires", split = ",", paramLabel = "PACKAGE", description = "Packages the "
      + "code imports, such as numpy,pandas: the run goes to the host-CPython backend.")
  List<String> requires = List.of();

  private final RunnerSource runners;
  private final PrintStream out;

  public RunTestsCommand() {
    this(RunnerSource.ONE_SHOT, System.out);
  }

  RunTestsCommand(RunnerSource runners, PrintStream out) {
    this.runners = runners;
    this.out = out;
  }

  /** An exercise to run, or the reason it cannot be. */
  record Planned(String name, ExerciseFolder exercise, String refusal) {}

  @Override
  public Integer call() throws Exception {
    List<Planned> planned = plan();
    List<RunResult> results;
    try (Runner runner = runners.open(requires)) {
      results = runAll(runner, planned);
    }
    if (!json && planned.size() > 1) {
      new RunTestsTable(planned, results).print(out);
    }
    boolean allRan = planned.stream().allMatch(p -> p.refusal() == null);
    return allRan && results.stream().allMatch(r -> r == null || r.verdict() == Verdict.PASSED)
        ? 0 : 1;
  }

  /**
   * What to run. A single path that cannot be run is bad input (exit 2); among several folders
   * a refused one is reported in the table.
   */
  private List<Planned> plan() {
    if (paths.size() == 2 && !Files.isDirectory(paths.get(0))
        && !Files.isDirectory(paths.get(1))) {
      return List.of(planned(ExerciseFolder.ofFiles(paths.get(0), paths.get(1))));
    }
    if (paths.size() == 1) {
      Path only = paths.get(0);
      if (!Files.exists(only)) {
        throw new BadInputException(only + ": no such file or folder");
      }
      return List.of(planned(ExerciseFolder.read(only)));
    }
    List<Planned> planned = new ArrayList<>();
    for (Path dir : paths) {
      try {
        planned.add(planned(ExerciseFolder.read(dir)));
      } catch (BadInputException e) {
        String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        planned.add(new Planned(name, null, e.getMessage()));
      }
    }
    if (planned.stream().allMatch(p -> p.refusal() != null)) {
      throw new BadInputException("none of the " + planned.size() + " folders can be run; the "
          + "first: " + planned.get(0).refusal());
    }
    return planned;
  }

  private static Planned planned(ExerciseFolder e) {
    return new Planned(e.name(), e, null);
  }

  /** Runs every planned exercise; a refused one has a null result. */
  private List<RunResult> runAll(Runner runner, List<Planned> planned) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(8, planned.size()));
    try {
      List<Future<RunResult>> futures = new ArrayList<>();
      for (Planned p : planned) {
        futures.add(p.exercise() == null ? null : pool.submit(() -> runner.run(
            p.exercise().request(timeoutMillis, Set.copyOf(requires)))));
      }
      List<RunResult> results = new ArrayList<>();
      Progress progress = new Progress(planned.size(), !json && planned.size() > 1);
      for (int i = 0; i < futures.size(); i++) {
        RunResult r = futures.get(i) == null ? null : futures.get(i).get();
        Planned p = planned.get(i);
        results.add(r);
        progress.step(p.name());
        if (json) {
          out.println(jsonLine(p, r));
        } else if (planned.size() == 1) {
          out.print(ResultReport.render(r));
        }
      }
      progress.done();
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String jsonLine(Planned p, RunResult r) throws IOException {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("exercise", p.name());
    if (r == null) {
      line.put("refused", p.refusal());
    } else {
      line.put("result", ResultJson.toMap(r));
    }
    return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(line);
  }

  /** The first failing test's name, for the table. */
  static String firstFailure(RunResult r) {
    return r.tests().stream().filter(t -> !t.passed()).map(TestResult::name).findFirst()
        .orElse("");
  }
}
