package dailypy.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionBankTest {

  final QuestionBank bank = QuestionLoader.load(Path.of("questions")).bank();

  @Test
  void picks_no_question_twice_until_the_level_is_exhausted() {
    int size = bank.filter("basic", null).size();
    Set<String> used = new HashSet<>();
    Random random = new Random(7);
    for (int i = 0; i < size; i++) {
      String id = bank.pick("basic", null, used, q -> true, random).orElseThrow().id();
      assertThat(used.add(id)).as("repeat of " + id).isTrue();
    }
    assertThat(bank.pick("basic", null, used, q -> true, random)).isPresent();
  }

  @Test
  void never_picks_a_question_that_cannot_be_graded() {
    for (int i = 0; i < 50; i++) {
      assertThat(bank.pick("intermediate", null, Set.of(), q -> q.requires().isEmpty(),
          new Random(i)).orElseThrow().requires()).isEmpty();
    }
    assertThat(bank.pick("advanced", "pandas", Set.of(), q -> q.requires().isEmpty()
        && q.kind().runsCode(), new Random(1))).isEmpty();
  }
}
