package dailypy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.grading.QuizGrading;
import dailypy.questions.Question;
import dailypy.questions.QuestionLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quiz in practice speaks of practice: no day's end, no buttons, no answer given away. */
class PracticeQuizWordingTest {
  @TempDir
  Path dir;

  @Test
  void aWrongChoiceIsExplainedWithoutGivingTheAnswerAwayAndATryAfterItEarnsThePoints() throws Exception {
    Question quiz = QuestionLoader.load(Path.of("questions")).bank().find("quiz-is-none").orElseThrow();
    int right = QuizGrading.correctIndex(quiz);
    int wrongIndex = right == 0 ? 1 : 0;
    char wrong = QuizGrading.letter(wrongIndex);
    char correct = QuizGrading.letter(right);
    String rightWhy = quiz.options().get(right).why().strip();

    PracticeDriver.Run run = new PracticeDriver(dir).run(wrong + "\n" + correct + "\nquit\n",
        "--question", "quiz-is-none");

    String out = run.out();
    String beforeTheRightTry = out.substring(0, out.indexOf("✅ Correct!"));
    assertThat(beforeTheRightTry).contains("❌ Not quite. You chose " + wrong + ") ")
        .contains(quiz.options().get(wrongIndex).why().strip().substring(0, 30))
        .contains("Try another letter, or `explain` to see the answer")
        .doesNotContain(rightWhy.substring(0, 30)).doesNotContain("The answer is");
    assertThat(out).contains("✅ Correct! " + correct + ") ").contains("+10 points");
    for (String elsewhere : new String[] {"day ends", "day's end", "tally", "button", "/submit", "/explain", "thread"}) {
      assertThat(out).as("no %s in practice", elsewhere).doesNotContainIgnoringCase(elsewhere);
    }
  }
}
