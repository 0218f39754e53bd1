package dailypy.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dailypy.practice.ResultReport;
import dailypy.runner.Limits;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.TestSpec;
import dailypy.runner.Verdict;
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
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs ordinary unittest modules against solution modules inside the sandbox: one solution and
 * one test file, or whole exercise folders through the same warm pool.
 */
@Command(name = "run-tests", mixinStandardHelpOptions = true,
    description = {"Run a unittest module against a solution inside the sandbox.",
        "  run-tests SOLUTION.py TEST_FILE.py   the test imports the solution by its file name",
        "  run-tests DIR...                     each DIR holds one *_test.py or test_*.py "
            + "and the modules it imports"})
public final class RunTestsCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Solution and test file, or "
      + "exercise folders.")
  List<Path> paths;

  @Option(names = "--json", description = "Print JSON results, one per line.")
  boolean json;

  @Option(names = "--timeout-ms", defaultValue = "10000", description = "Wall time per run.")
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

  @Override
  public Integer call() throws Exception {
    List<Exercise> exercises;
    try {
      exercises = exercises();
    } catch (IllegalArgumentException e) {
      System.err.println("run-tests: " + e.getMessage());
      return 2;
    }
    try (Runner runner = runners.open(requires)) {
      List<RunResult> results = runAll(runner, exercises);
      if (!json && exercises.size() > 1) {
        printSummary(exercises, results);
      }
      return results.stream().allMatch(r -> r.verdict() == Verdict.PASSED) ? 0 : 1;
    }
  }

  private List<RunResult> runAll(Runner runner, List<Exercise> exercises) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(8, exercises.size()));
    try {
      List<Future<RunResult>> futures = new ArrayList<>();
      for (Exercise e : exercises) {
        futures.add(pool.submit(() -> runner.run(e.request(timeoutMillis, Set.copyOf(requires)))));
      }
      List<RunResult> results = new ArrayList<>();
      Progress progress = new Progress(exercises.size(), !json && exercises.size() > 1);
      for (int i = 0; i < futures.size(); i++) {
        RunResult r = futures.get(i).get();
        results.add(r);
        progress.step(exercises.get(i).name());
        if (json) {
          out.println(jsonLine(exercises.get(i).name(), r));
        } else if (exercises.size() == 1) {
          out.print(ResultReport.render(r));
        }
      }
      progress.done();
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private void printSummary(List<Exercise> exercises, List<RunResult> results) {
    int width = exercises.stream().mapToInt(e -> e.name().length()).max().orElse(8);
    out.printf("%-" + width + "s  %-14s %7s %8s%n", "exercise", "verdict", "tests", "time");
    for (int i = 0; i < exercises.size(); i++) {
      RunResult r = results.get(i);
      out.printf("%-" + width + "s  %-14s %3d/%-3d %6d ms%n", exercises.get(i).name(),
          r.verdict(), r.passedCount(), r.tests().size(), r.durationMillis());
    }
    long passed = results.stream().filter(r -> r.verdict() == Verdict.PASSED).count();
    out.printf("%d of %d exercises passed%n", passed, results.size());
  }

  private static String jsonLine(String name, RunResult r) throws IOException {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("exercise", name);
    line.put("result", ResultJson.toMap(r));
    return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(line);
  }

  private List<Exercise> exercises() throws IOException {
    if (paths.size() == 2 && Files.isRegularFile(paths.get(0))
        && Files.isRegularFile(paths.get(1))) {
      Path solution = paths.get(0);
      Path test = paths.get(1);
      return List.of(new Exercise(test.getFileName().toString(), stem(solution),
          Files.readString(solution), Files.readString(test), Map.of()));
    }
    List<Exercise> out = new ArrayList<>();
    for (Path dir : paths) {
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException(dir + " is not a folder (give SOLUTION.py "
            + "TEST_FILE.py, or folders)");
      }
      out.add(Exercise.fromFolder(dir));
    }
    return out;
  }

  static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
  }

  /** One test module and the user modules it imports. */
  record Exercise(String name, String solutionModule, String solution, String tests,
      Map<String, String> extra) {

    RunRequest request(long timeoutMillis, Set<String> requires) {
      return new RunRequest(solution, new TestSpec.Unittest(tests, solutionModule, extra),
          List.of(), Limits.DEFAULT.withCpuTime(java.time.Duration.ofMillis(timeoutMillis)),
          requires);
    }

    static Exercise fromFolder(Path dir) throws IOException {
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
      }
      List<Path> tests = files.stream().filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith("_test.py") || n.startsWith("test_");
      }).toList();
      if (tests.size() != 1) {
        throw new IllegalArgumentException(dir + " must hold exactly one *_test.py or "
            + "test_*.py, found " + tests.size());
      }
      List<Path> modules = files.stream().filter(p -> !tests.contains(p)).toList();
      if (modules.isEmpty()) {
        throw new IllegalArgumentException(dir + " has a test but no module to test");
      }
      String testName = tests.get(0).getFileName().toString();
      String wanted = testName.endsWith("_test.py")
          ? testName.substring(0, testName.length() - "_test.py".length())
          : testName.substring("test_".length(), testName.length() - 3);
      Path main = modules.stream().filter(p -> stem(p).equals(wanted)).findFirst()
          .orElse(modules.get(0));
      Map<String, String> extra = new LinkedHashMap<>();
      for (Path m : modules) {
        if (!m.equals(main)) {
          extra.put(stem(m), Files.readString(m));
        }
      }
      return new Exercise(dir.getFileName().toString(), stem(main), Files.readString(main),
          Files.readString(tests.get(0)), extra);
    }
  }
}
