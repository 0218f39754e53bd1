package dailypy.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionBankTest {

  private final QuestionBank bank = Fixtures.good();

  @Test
  void findsAndListsByLevelTopicAndKind() {
    assertThat(bank.find("join-output")).get().extracting(Question::kind).isEqualTo(Kind.OUTPUT);
    assertThat(bank.find("nope")).isEmpty();
    assertThat(bank.list("basic", null, null)).extracting(Question::id)
        .containsExactly("copy-or-alias-quiz", "sum-of-list", "join-output");
    assertThat(bank.list(null, "lists", Kind.QUIZ)).extracting(Question::id)
        .containsExactly("copy-or-alias-quiz");
    assertThat(bank.list("intermediate", "testing", Kind.TEST_WRITING)).hasSize(1);
  }

  @Test
  void pickSkipsUsedAndUngradableQuestionsAndIsDeterministicForASeed() {
    Set<String> used = Set.of("sum-of-list");
    assertThat(bank.pick("basic", used, q -> true, new Random(7)).orElseThrow().id())
        .isEqualTo(bank.pick("basic", used, q -> true, new Random(7)).orElseThrow().id())
        .isNotEqualTo("sum-of-list");
    assertThat(bank.pick("basic", Set.of(), q -> q.kind() == Kind.OUTPUT, new Random(1)))
        .get().extracting(Question::id).isEqualTo("join-output");
  }

  @Test
  void pickGoesThroughEveryQuestionOnceThenIsEmpty() {
    Random random = new Random(42);
    Set<String> used = new HashSet<>();
    for (int i = 0; i < 3; i++) {
      used.add(bank.pick("basic", used, q -> true, random).orElseThrow().id());
    }
    assertThat(used).hasSize(3);
    assertThat(bank.pick("basic", used, q -> true, random)).isEmpty();
  }

  @Test
  void gradabilityDependsOnPackagesOnlyForCodeKinds() {
    Question code = bank.find("sum-of-list").orElseThrow();
    assertThat(code.gradableWith(Set.of())).isTrue();
    Question needsNumpy = new Question(code.id(), code.title(), code.level(), code.topic(),
        code.kind(), code.source(), code.guideNumber(), code.prompt(), code.starter(),
        code.tests(), code.constraints(), code.hints(), code.explanation(), code.solution(),
        code.wrongSolutions(), Set.of("numpy"), code.timeMillis(), code.tags(), code.options(),
        code.snippet(), code.expectedOutput(), code.wrongAnswers(), code.file());
    assertThat(needsNumpy.gradableWith(Set.of())).isFalse();
    assertThat(needsNumpy.gradableWith(Set.of("numpy", "pandas"))).isTrue();
  }
}
