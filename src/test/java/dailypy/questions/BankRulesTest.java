package dailypy.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names the user writes are unique in the bank; helpers handed over may repeat. */
class BankRulesTest {

  private static Question q(String id, String starter, String solution) {
    return new YAMLMapper().convertValue(Map.of("id", id, "kind", "function", "level", "basic",
        "topic", "lists", "starter",
        starter, "solution", solution), Question.class);
  }

  private static final String NODE = "class Node:\n    def __init__(self, v):\n"
      + "        self.v = v\n";

  @Test
  void aHelperHandedOverReadyMadeIsNotWrittenByTheUser() {
    Question q = q("a", NODE + "\n\ndef depth(root):\n    pass\n",
        NODE + "\n\ndef depth(root):\n    return 0 if root is None else 1\n");
    assertThat(BankRules.writtenNames(q)).containsExactly("depth");
  }

  @Test
  void twoQuestionsAskingForTheSameNameAreBothReported() {
    Question a = q("a", NODE + "\n\ndef depth(root):\n    pass\n",
        NODE + "\n\ndef depth(root):\n    return 1\n");
    Question b = q("b", "def depth(tree):\n    ...\n", "def depth(tree):\n    return 2\n");
    Question c = q("c", NODE + "\n\ndef size(root):\n    pass\n",
        NODE + "\n\ndef size(root):\n    return 1\n");
    Map<String, List<String>> problems = BankRules.nameProblems(
        new QuestionBank(List.of(a, b, c), Map.of()));
    assertThat(problems.keySet()).containsExactlyInAnyOrder("a", "b");
    assertThat(problems.get("a")).singleElement().asString()
        .startsWith("`depth` is also written for b");
  }

  @Test
  void aStarterThatAsksForNothingIsReported() {
    Question a = q("a", NODE, NODE);
    assertThat(BankRules.nameProblems(new QuestionBank(List.of(a), Map.of())).get("a"))
        .singleElement().asString().startsWith("the starter asks for no function or class");
  }
}
