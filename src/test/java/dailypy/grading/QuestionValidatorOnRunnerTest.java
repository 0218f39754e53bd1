package dailypy.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.grading.QuestionValidator.Report;
import dailypy.questions.Question;
import dailypy.questions.QuestionLoader;
import dailypy.runner.graal.SharedPool;
import dailypy.verdict.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator on the real runner: it proves good questions and catches broken ones. */
class QuestionValidatorOnRunnerTest {

  static final QuestionValidator VALIDATOR = new QuestionValidator(SharedPool.runner());
  static final Question GOOD = QuestionLoader.load(
      Path.of("src/test/resources/questions-fixtures/good")).bank().find("double-all")
      .orElseThrow();

  static Question withSolution(Question q, String solution) {
    return new Question(q.id(), q.title(), q.level(), q.topic(), q.kind(), q.source(),
        q.guideNumber(), q.prompt(), q.starter(), q.tests(), q.constraints(), q.hints(),
        q.explanation(), solution, q.wrongSolutions(), q.requires(), q.limits(), q.tags(),
        q.options(), q.snippet(), q.expectedOutput(), q.wrongAnswers());
  }

  @Test
  void aGoodQuestionIsProven() {
    Report report = VALIDATOR.validate(GOOD);

    assertThat(report.problems()).isEmpty();
    assertThat(report.status()).isEqualTo(Report.Status.PASSED);
  }

  @Test
  void aWrongReferenceSolutionIsCaught() {
    Report report = VALIDATOR.validate(withSolution(GOOD,
        "def double_all(numbers):\n    return [n + n + 1 for n in numbers]\n"));

    assertThat(report.status()).isEqualTo(Report.Status.FAILED);
    assertThat(report.problems()).anySatisfy(p -> assertThat(p)
        .contains("reference solution got FAILED"));
  }

  @Test
  void aWrongSolutionThatPassesIsCaught() {
    Question q = GOOD;
    Question broken = new Question(q.id(), q.title(), q.level(), q.topic(), q.kind(),
        q.source(), q.guideNumber(), q.prompt(), q.starter(), q.tests(), q.constraints(),
        q.hints(), q.explanation(), q.solution(), List.of(new Question.WrongSolution(
            "not actually wrong", q.solution(), Verdict.FAILED)), q.requires(), q.limits(),
        q.tags(), q.options(), q.snippet(), q.expectedOutput(), q.wrongAnswers());

    Report report = VALIDATOR.validate(broken);

    assertThat(report.status()).isEqualTo(Report.Status.FAILED);
    assertThat(report.problems()).anySatisfy(p -> assertThat(p)
        .contains("'not actually wrong' should get FAILED but got PASSED"));
  }

  @Test
  void aStarterThatAlreadyPassesIsCaught() {
    Question q = GOOD;
    Question broken = new Question(q.id(), q.title(), q.level(), q.topic(), q.kind(),
        q.source(), q.guideNumber(), q.prompt(), q.solution(), q.tests(), q.constraints(),
        q.hints(), q.explanation(), q.solution(), q.wrongSolutions(), q.requires(), q.limits(),
        q.tags(), q.options(), q.snippet(), q.expectedOutput(), q.wrongAnswers());

    assertThat(VALIDATOR.validate(broken).problems())
        .contains("the starter code already passes");
  }

  @Test
  void aQuizWithTwoCorrectOptionsIsCaught() {
    Question quiz = new Question("q", "t", "basic", "lists", Question.Kind.QUIZ, "original",
        null, "p", null, null, List.of(), List.of("a", "b"), "e", null, List.of(), List.of(),
        null, List.of(), List.of(new Question.Option("a", true, "x"),
            new Question.Option("b", true, "y")), null, null, List.of());

    Report report = VALIDATOR.validate(quiz);

    assertThat(report.status()).isEqualTo(Report.Status.FAILED);
    assertThat(report.problems().get(0)).contains("exactly one correct option");
  }

  @Test
  void aQuestionNeedingAMissingPackageIsSkippedNotPassed() {
    Question q = GOOD;
    Question needsPandas = new Question(q.id(), q.title(), q.level(), q.topic(), q.kind(),
        q.source(), q.guideNumber(), q.prompt(), q.starter(), q.tests(), q.constraints(),
        q.hints(), q.explanation(), q.solution(), q.wrongSolutions(), List.of("pandas"),
        q.limits(), q.tags(), q.options(), q.snippet(), q.expectedOutput(), q.wrongAnswers());

    Report report = VALIDATOR.validate(needsPandas);

    assertThat(report.status()).isEqualTo(Report.Status.SKIPPED);
    assertThat(report.problems().get(0)).contains("pandas");
  }
}
