package dailypy.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dailypy.grading.RunnerGrader;
import dailypy.practice.ResultReport;
import dailypy.questions.Problem;
import dailypy.questions.Question;
import dailypy.questions.QuestionBank;
import dailypy.questions.QuestionLoader;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Grades a solution file the way the bot would. */
@Command(name = "grade", mixinStandardHelpOptions = true,
    description = "Grade SOLUTION.py against a question (by id, or a question YAML file).")
public final class GradeCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "QUESTION", description = "Question id or YAML file.")
  String question;

  @Parameters(index = "1", paramLabel = "SOLUTION", description = "The answer: a .py file, or "
      + "a text file with a quiz letter or an output prediction.")
  Path solution;

  @Option(names = "--json", description = "Print the JSON result.")
  boolean json;

  @Option(names = "--questions", defaultValue = AppConfig.Questions.DEFAULT_DIR, description = "Bank folder.")
  Path dir;

  private final RunnerSource runners;

  public GradeCommand() {
    this(RunnerSource.ONE_SHOT);
  }

  GradeCommand(RunnerSource runners) {
    this.runners = runners;
  }

  @Override
  public Integer call() throws Exception {
    Optional<Question> q = resolve();
    if (q.isEmpty()) {
      return 2;
    }
    if (!Files.isReadable(solution)) {
      System.err.println("grade: cannot read " + solution);
      return 2;
    }
    String answer = Files.readString(solution);
    try (Runner runner = runners.open(q.get().requires())) {
      RunResult result = new RunnerGrader(runner).grade(q.get(), answer);
      if (json) {
        System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
            .writeValueAsString(ResultJson.toMap(result)));
      } else {
        System.out.println(q.get().title() + " (" + q.get().id() + ")");
        System.out.print(ResultReport.render(result));
      }
      return result.verdict() == Verdict.PASSED ? 0 : 1;
    }
  }

  /**
   * The question from its own file, {@code <level>/<topic>/<id>.yaml} (the loader's rule), without
   * loading the whole bank (seconds of schema checks); empty when there is no such single clean
   * file, and the bank is loaded to say why.
   */
  private Optional<Question> loadAlone() {
    List<Path> files;
    try (java.util.stream.Stream<Path> walk = Files.walk(dir, 3)) {
      files = walk.filter(p -> p.getFileName().toString().equals(question + ".yaml")).toList();
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return Optional.empty();
    }
    if (files.size() != 1) {
      return Optional.empty();
    }
    List<Problem> problems = new ArrayList<>();
    Question q = QuestionLoader.loadFile(dir, files.get(0), problems);
    return q != null && problems.isEmpty() && q.id().equals(question) ? Optional.of(q)
        : Optional.empty();
  }

  private Optional<Question> resolve() {
    Path asFile = Path.of(question);
    if (question.endsWith(".yaml") || question.endsWith(".yml")) {
      List<Problem> problems = new ArrayList<>();
      Path root = asFile.toAbsolutePath().getParent().getParent().getParent();
      Question q = QuestionLoader.loadFile(root, asFile.toAbsolutePath(), problems);
      if (q == null || !problems.isEmpty()) {
        problems.forEach(p -> System.err.println("grade: " + p));
        return Optional.empty();
      }
      return Optional.of(q);
    }
    Optional<Question> alone = loadAlone();
    if (alone.isPresent()) {
      return alone;
    }
    QuestionBank bank = QuestionsCommand.loadOrReport(dir, System.err);
    if (bank == null) {
      return Optional.empty();
    }
    Optional<Question> q = bank.find(question);
    if (q.isEmpty()) {
      System.err.println("grade: no question with id '" + question + "' in " + dir);
    }
    return q;
  }
}
