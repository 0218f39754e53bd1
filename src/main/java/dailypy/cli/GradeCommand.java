package dailypy.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dailypy.grading.RunnerGrader;
import dailypy.practice.ResultReport;
import dailypy.questions.Problem;
import dailypy.questions.Question;
import dailypy.questions.QuestionLoader;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.verdict.Verdict;
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
    Question q = resolve();
    String answer = TextFiles.read(solution, "answer file");
    try (Runner runner = runners.open(q.requires())) {
      RunResult result = new RunnerGrader(runner).grade(q, answer);
      if (json) {
        System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
            .writeValueAsString(ResultJson.toMap(result)));
      } else {
        System.out.println(q.title() + " (" + q.id() + ")");
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

  /** The question by YAML file or by id; a broken or unknown one is a {@link BadInputException}. */
  private Question resolve() {
    if (question.endsWith(".yaml") || question.endsWith(".yml")) {
      Path file = Path.of(question).toAbsolutePath();
      TextFiles.read(Path.of(question), "question file");
      List<Problem> problems = new ArrayList<>();
      // questions/<level>/<topic>/<id>.yaml: the bank's root is three folders up
      Path root = file.getParent();
      for (int i = 0; i < 2 && root.getParent() != null; i++) {
        root = root.getParent();
      }
      Question q = QuestionLoader.loadFile(root, file, problems);
      if (q == null || !problems.isEmpty()) {
        Problem first = problems.get(0);
        throw new BadInputException("refused to grade " + question + ": "
            + (first.line() > 0 ? "line " + first.line() + ": " : "")
            + (first.field().isEmpty() ? "" : first.field() + ": ") + first.message()
            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
      }
      return q;
    }
    Optional<Question> alone = loadAlone();
    if (alone.isPresent()) {
      return alone.get();
    }
    return QuestionLookup.load(dir, System.err).find(question);
  }
}
