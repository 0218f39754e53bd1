package dailypy.cli;

import dailypy.runner.Limits;
import dailypy.runner.RunRequest;
import dailypy.runner.TestSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** One unittest module, the solution module it tests, and the other user modules it imports. */
record ExerciseFolder(String name, String solutionModule, String solution, String tests,
    Map<String, String> extra) {

  RunRequest request(long timeoutMillis, Set<String> requires) {
    return new RunRequest(solution, new TestSpec.Unittest(tests, solutionModule, extra),
        List.of(), Limits.DEFAULT.withCpuTime(Duration.ofMillis(timeoutMillis)), requires);
  }

  /** A solution file and a test file that imports it by its file name. */
  static ExerciseFolder ofFiles(Path solution, Path test) {
    return new ExerciseFolder(test.getFileName().toString(), stem(solution),
        TextFiles.read(solution, "solution"), TextFiles.read(test, "test file"), Map.of());
  }

  /**
   * An exercise folder (Exercism's layout): the test is the one {@code *_test.py}, else the one
   * {@code test_*.py} (a helper such as {@code test_utils.py} beside a {@code *_test.py} is just
   * another module); the solution is the module the test is named after, else the first one.
   *
   * @throws BadInputException saying why the folder cannot be run
   */
  static ExerciseFolder read(Path dir) {
    if (!Files.exists(dir)) {
      throw new BadInputException(dir + ": no such folder");
    }
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(dir + " is a file, not an exercise folder (give SOLUTION.py "
          + "TEST_FILE.py, or folders)");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new BadInputException(dir + ": cannot list the folder (" + e.getMessage() + ")");
    }
    List<Path> tests = files.stream().filter(p -> name(p).endsWith("_test.py")).toList();
    if (tests.isEmpty()) {
      tests = files.stream().filter(p -> name(p).startsWith("test_")).toList();
    }
    if (tests.size() != 1) {
      throw new BadInputException(dir + " must hold one *_test.py (or one test_*.py), found "
          + (tests.isEmpty() ? "none" : String.join(", ", tests.stream().map(ExerciseFolder::name)
              .toList())));
    }
    Path test = tests.get(0);
    List<Path> modules = files.stream().filter(p -> !p.equals(test)).toList();
    if (modules.isEmpty()) {
      throw new BadInputException(dir + " has the test " + name(test) + " but no module to test");
    }
    String testName = name(test);
    String wanted = testName.endsWith("_test.py")
        ? testName.substring(0, testName.length() - "_test.py".length())
        : testName.substring("test_".length(), testName.length() - 3);
    Path main = modules.stream().filter(p -> stem(p).equals(wanted)).findFirst()
        .orElse(modules.get(0));
    Map<String, String> extra = new LinkedHashMap<>();
    for (Path m : modules) {
      if (!m.equals(main)) {
        extra.put(stem(m), TextFiles.read(m, "module"));
      }
    }
    return new ExerciseFolder(dir.getFileName().toString(), stem(main),
        TextFiles.read(main, "solution"), TextFiles.read(test, "test file"), extra);
  }

  static String stem(Path file) {
    String name = name(file);
    return name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
  }

  private static String name(Path file) {
    return file.getFileName().toString();
  }
}
