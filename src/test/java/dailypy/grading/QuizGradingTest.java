package dailypy.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.questions.Question;
import dailypy.questions.QuestionLoader;
import dailypy.runner.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuizGradingTest {

  @Test
  void parses_letters_numbers_and_option_words() {
    assertThat(QuizGrading.parseChoice("B")).hasValue(1);
    assertThat(QuizGrading.parseChoice(" c ")).hasValue(2);
    assertThat(QuizGrading.parseChoice("(a)")).hasValue(0);
    assertThat(QuizGrading.parseChoice("option 2")).hasValue(1);
    assertThat(QuizGrading.parseChoice("maybe B?")).isEmpty();
  }

  @Test
  void a_quiz_answer_explains_why_and_names_the_right_option() {
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
  void output_predictions_ignore_line_endings_and_trailing_space() {
    assertThat(QuizGrading.normalizeOutput("\n[1, 2]  \r\nok\n\n"))
        .isEqualTo(QuizGrading.normalizeOutput("[1, 2]\nok"));
    assertThat(QuizGrading.normalizeOutput("[1, 2]")).isNotEqualTo(
        QuizGrading.normalizeOutput("[1,2]"));
  }
}
