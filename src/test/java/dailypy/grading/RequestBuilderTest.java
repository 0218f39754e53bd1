package dailypy.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dailypy.questions.Question;
import dailypy.runner.Constraint;
import dailypy.runner.RunRequest;
import dailypy.runner.TestSpec;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestBuilderTest {

  @Test
  void casesBecomeRunnerCasesWithConstraintsLimitsAndDefaultTolerance() {
    Question q = Questions.get("sum-of-list");
    RunRequest r = RequestBuilder.forAnswer(q, "code");
    assertThat(r.source()).isEqualTo("code");
    assertThat(r.limits().cpuTime()).isEqualTo(Duration.ofMillis(8000));
    assertThat(r.constraints()).containsExactly(new Constraint("builtin", "sum",
        "Add the numbers up yourself, without the built-in sum."));
    assertThat(r.tests()).isInstanceOfSatisfying(TestSpec.Cases.class, c -> {
      assertThat(c.cases()).hasSize(5);
      assertThat(c.cases().get(0)).isEqualTo(new TestSpec.Case(null,
          "sum_of_list([1, 2, 3, 4])", "10", null, false, false, 1e-9));
      assertThat(c.cases().get(3).tolerance()).isEqualTo(1e-6);
      assertThat(c.cases().get(4).hidden()).isTrue();
    });
  }

  @Test
  void testWritingBecomesReferenceAndMutants() {
    RunRequest r = RequestBuilder.forAnswer(Questions.get("test-add"), "tests");
    assertThat(r.tests()).isEqualTo(new TestSpec.TestWriting("calculator",
        "def add(a, b):\n    return a + b\n", List.of(
            new TestSpec.Mutant("subtracts", "def add(a, b):\n    return a - b\n", false),
            new TestSpec.Mutant("off by one", "def add(a, b):\n    return a + b + 1\n", true),
            new TestSpec.Mutant("multiplies", "def add(a, b):\n    return a * b\n", true))));
    assertThat(r.limits().cpuTime()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void outputSnippetRunsAsAScriptWithItsPackages() {
    Question q = Questions.withRequires(Questions.get("join-output"), List.of("numpy"));
    RunRequest r = RequestBuilder.forSnippet(q);
    assertThat(r.tests()).isEqualTo(new TestSpec.Script());
    assertThat(r.source()).startsWith("print(\"-\".join");
    assertThat(r.requires()).isEqualTo(Set.of("numpy"));
  }

  @Test
  void aQuizHasNoRunRequest() {
    assertThatThrownBy(() -> RequestBuilder.forAnswer(Questions.get("copy-or-alias-quiz"), "B"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without running");
  }
}
