package dailypy.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionBankTest {

  private final QuestionBank bank = Fixtures.good();

  @Test
  void findsAndFiltersByLevelAndTopic() {
    assertThat(bank.find("join-output")).get().extracting(Question::kind)
        .isEqualTo(Question.Kind.OUTPUT);
    assertThat(bank.find("nope")).isEmpty();
    assertThat(bank.filter("basic", null)).extracting(Question::id)
        .containsExactly("copy-or-alias-quiz", "double-all", "sum-of-list", "join-output");
    assertThat(bank.filter(null, "testing")).extracting(Question::id).containsExactly("test-add");
  }

  @Test
  void pickIsDeterministicForASeedAndSkipsUngradableQuestions() {
    Set<String> used = Set.of("sum-of-list");
    String first = bank.pick("basic", null, used, q -> true, new Random(7)).orElseThrow().id();
    assertThat(bank.pick("basic", null, used, q -> true, new Random(7)).orElseThrow().id())
        .isEqualTo(first).isNotEqualTo("sum-of-list");
    assertThat(bank.pick("basic", null, Set.of(), q -> q.kind() == Question.Kind.OUTPUT,
        new Random(1))).get().extracting(Question::id).isEqualTo("join-output");
    assertThat(bank.pick("basic", null, Set.of(), q -> false, new Random(1))).isEmpty();
  }

  @Test
  void pickUsesEveryQuestionOnceBeforeRepeating() {
    Random random = new Random(42);
    Set<String> used = new HashSet<>();
    for (int i = 0; i < 4; i++) {
      assertThat(used.add(bank.pick("basic", null, used, q -> true, random).orElseThrow().id()))
          .as("pick %d is new", i).isTrue();
    }
    assertThat(used).containsExactlyInAnyOrder("copy-or-alias-quiz", "double-all",
        "sum-of-list", "join-output");
    assertThat(bank.pick("basic", null, used, q -> true, random)).isPresent();
  }
}
