package dailypy.questions;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the bank must hold, beyond each question being proven (BankValidationTest). */
class BankContentTest {

  private static QuestionBank bank;

  @BeforeAll
  static void load() {
    QuestionLoader.Result loaded = QuestionLoader.load(Path.of("questions"));
    assertThat(loaded.problems()).isEmpty();
    bank = loaded.bank();
  }

  @Test
  void everyQuestionOfTheSourceGuideIsThereExactlyOnce() {
    Map<Integer, List<String>> byNumber = bank.all().stream()
        .filter(q -> "guide".equals(q.source()))
        .collect(Collectors.groupingBy(Question::guideNumber, TreeMap::new,
            Collectors.mapping(Question::id, Collectors.toList())));
    assertThat(byNumber.keySet()).containsExactlyElementsOf(IntStream.rangeClosed(1, 27).boxed().toList());
    assertThat(byNumber.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
  }

  @Test
  void everyLevelHasAtLeastFortyQuestions() {
    for (String level : Catalog.LEVELS) {
      assertThat(bank.filter(level, null)).as(level).hasSizeGreaterThanOrEqualTo(40);
    }
  }

  @Test
  void aWrongSolutionIsNeverDeclaredToPass() {
    assertThat(bank.all().stream().flatMap(q -> q.wrongSolutions().stream()
        .filter(w -> w.verdict() == Verdict.PASSED).map(w -> q.id() + ": " + w.name()))).isEmpty();
  }

  @Test
  void theCorrectQuizOptionIsNotAlwaysInTheSamePlace() {
    List<Question> quizzes = bank.all().stream().filter(q -> q.kind() == Question.Kind.QUIZ).toList();
    Map<Integer, Long> byPosition = quizzes.stream().collect(Collectors.groupingBy(
        q -> IntStream.range(0, q.options().size()).filter(i -> q.options().get(i).correct())
            .findFirst().orElse(-1), Collectors.counting()));
    assertThat(byPosition).doesNotContainKey(-1);
    assertThat(byPosition.values()).as("quizzes by position of the correct option: " + byPosition)
        .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(quizzes.size() / 2));
    assertThat(byPosition).as("the correct option appears in at least three positions").hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void theShownOrderOfAQuizIsTheSameOnEveryLoad() {
    QuestionBank again = QuestionLoader.load(Path.of("questions")).bank();
    for (Question q : bank.all()) {
      assertThat(again.find(q.id()).orElseThrow().options()).as(q.id()).isEqualTo(q.options());
    }
  }
}
