package dailypy.questions;

import dailypy.runner.Constraint;
import dailypy.runner.Limits;
import dailypy.runner.TestSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One question of the bank, as described in docs/question-format.md. Fields that a kind does not
 * use are empty strings, empty lists or null ({@code tests}); the loader guarantees that the
 * fields a kind needs are present.
 *
 * @param tests the hidden and visible tests of a code kind, already in the runner's form
 * @param timeMillis the question's own wall-time limit ({@code limits.time_ms}), if any
 * @param file where it was loaded from, for messages (null for questions built in code)
 */
public record Question(
    String id,
    String title,
    String level,
    String topic,
    Kind kind,
    String source,
    OptionalInt guideNumber,
    String prompt,
    String starter,
    TestSpec tests,
    List<Constraint> constraints,
    List<String> hints,
    String explanation,
    String solution,
    List<WrongSolution> wrongSolutions,
    Set<String> requires,
    OptionalInt timeMillis,
    List<String> tags,
    List<QuizOption> options,
    String snippet,
    String expectedOutput,
    List<String> wrongAnswers,
    Path file) {

  public Question {
    starter = orEmpty(starter);
    solution = orEmpty(solution);
    snippet = orEmpty(snippet);
    expectedOutput = orEmpty(expectedOutput);
    constraints = List.copyOf(constraints);
    hints = List.copyOf(hints);
    wrongSolutions = List.copyOf(wrongSolutions);
    requires = Set.copyOf(requires);
    tags = List.copyOf(tags);
    options = List.copyOf(options);
    wrongAnswers = List.copyOf(wrongAnswers);
  }

  /** The limits for grading this question: {@code base} with the question's wall time, if set. */
  public Limits limits(Limits base) {
    return timeMillis.isPresent() ? base.withWallTime(Duration.ofMillis(timeMillis.getAsInt()))
        : base;
  }

  /** The correct quiz option, if this is a quiz with exactly one. */
  public Optional<QuizOption> correctOption() {
    List<QuizOption> correct = options.stream().filter(QuizOption::correct).toList();
    return correct.size() == 1 ? Optional.of(correct.get(0)) : Optional.empty();
  }

  /**
   * Whether a runner with these third-party packages can grade answers to this question. Quiz and
   * output answers are graded without running code, so they always can.
   */
  public boolean gradableWith(Set<String> packages) {
    return !kind.isCode() || packages.containsAll(requires);
  }

  public boolean isPerformance() {
    return tags.contains("performance");
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
