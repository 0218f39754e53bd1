package dailypy.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.questions.Question;
import dailypy.questions.QuestionLoader;
import dailypy.runner.RunResult;
import dailypy.verdict.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuizAndOutputGradingTest {

  private final Question quiz = Questions.get("copy-or-alias-quiz");
  private final Question output = Questions.get("join-output");
  private final RunnerGrader grader = new RunnerGrader(new FakeRunner(r -> {
    throw new AssertionError("quiz and output answers must not run code");
  }));

  /** The loader shuffles options, so letters are found from the options' texts. */
  private char letterOf(String text) {
    for (int i = 0; i < quiz.options().size(); i++) {
      if (quiz.options().get(i).text().equals(text)) {
        return QuizGrading.letter(i);
      }
    }
    throw new AssertionError("no option " + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"X", "x", " (x) ", "N", "option N", "X."})
  void theCorrectOptionPassesWithItsWhy(String form) {
    char right = letterOf("`[1, 2]`");
    String answer = form.replace("X", String.valueOf(right))
        .replace("x", String.valueOf(Character.toLowerCase(right)))
        .replace("N", String.valueOf(right - 'A' + 1));
    RunResult r = grader.grade(quiz, answer);
    assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
    assertThat(r.message()).contains("Both names refer to one list");
  }

  @Test
  void aWrongOptionFailsAndExplainsBothItAndTheAnswer() {
    char wrong = letterOf("`[1]`");
    RunResult r = grader.grade(quiz, String.valueOf(wrong));
    assertThat(r.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(r.message()).contains(wrong + ": `b = a` does not copy")
        .contains("The answer is " + letterOf("`[1, 2]`"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "maybe B?", "F", "6"})
  void anAnswerThatNamesNoOptionIsNotGradedAsWrong(String answer) {
    RunResult r = grader.grade(quiz, answer);
    assertThat(r.verdict()).isEqualTo(Verdict.NO_CODE);
    assertThat(r.message()).contains("A–C");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a-b\n5", "a-b\r\n5\r\n", "\n\na-b   \n5\t\n\n", "```\na-b\n5\n```",
      "```text\na-b\n5\n```"})
  void outputPredictionsAreComparedAfterNormalising(String answer) {
    assertThat(grader.grade(output, answer).verdict()).isEqualTo(Verdict.PASSED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a-b\n6", "a-b 5", " a-b\n5", "a-b\n\n5"})
  void leadingSpacesAndInnerBlankLinesStillCount(String answer) {
    assertThat(grader.grade(output, answer).verdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void anEmptyPredictionIsNoAnswer() {
    assertThat(grader.grade(output, "  \n").verdict()).isEqualTo(Verdict.NO_CODE);
  }

  @Test
  void parsesLettersNumbersAndOptionWords() {
    assertThat(QuizGrading.parseChoice("B")).hasValue(1);
    assertThat(QuizGrading.parseChoice(" c ")).hasValue(2);
    assertThat(QuizGrading.parseChoice("(a)")).hasValue(0);
    assertThat(QuizGrading.parseChoice("option 2")).hasValue(1);
    assertThat(QuizGrading.parseChoice("maybe B?")).isEmpty();
  }

  @Test
  void aQuizAnswerExplainsWhyAndNamesTheRightOption() {
    Question quiz = QuestionLoader.load(Path.of("questions")).bank().all().stream()
        .filter(q -> q.kind() == Question.Kind.QUIZ).findFirst().orElseThrow();
    int right = QuizGrading.correctIndex(quiz);
    int wrong = right == 0 ? 1 : 0;

    assertThat(QuizGrading.gradeQuiz(quiz, right).verdict()).isEqualTo(Verdict.PASSED);
    var result = QuizGrading.gradeQuiz(quiz, wrong);
    assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(result.message()).contains("The answer is " + QuizGrading.letter(right))
        .contains(quiz.options().get(wrong).why());
  }

  @Test
  void outputPredictionsIgnoreLineEndingsAndTrailingSpace() {
    assertThat(QuizGrading.normalizeOutput("\n[1, 2]  \r\nok\n\n"))
        .isEqualTo(QuizGrading.normalizeOutput("[1, 2]\nok"));
    assertThat(QuizGrading.normalizeOutput("[1, 2]")).isNotEqualTo(
        QuizGrading.normalizeOutput("[1,2]"));
  }
}
