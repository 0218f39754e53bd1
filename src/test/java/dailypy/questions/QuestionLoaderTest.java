package dailypy.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dailypy.runner.Constraint;
import dailypy.runner.Limits;
import dailypy.runner.TestSpec;
import dailypy.runner.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionLoaderTest {

  private static List<QuestionProblem> problems(String bank) {
    QuestionBankException e = catchThrowableOfType(QuestionBankException.class,
        () -> Fixtures.loader().load(Fixtures.bank(bank)));
    assertThat(e).as("loading %s should fail", bank).isNotNull();
    return e.problems();
  }

  @Test
  void loadsEveryKindWithAllItsFields() {
    QuestionBank bank = Fixtures.good();
    assertThat(bank.all()).extracting(Question::id).containsExactly(
        "copy-or-alias-quiz", "sum-of-list", "join-output", "test-add");

    Question f = bank.find("sum-of-list").orElseThrow();
    assertThat(f.kind()).isEqualTo(Kind.FUNCTION);
    assertThat(f.guideNumber()).hasValue(1);
    assertThat(f.constraints()).containsExactly(new Constraint("builtin", "sum",
        "Add the numbers up yourself, without the built-in sum."));
    assertThat(f.wrongSolutions()).extracting(WrongSolution::verdict)
        .containsExactly(Verdict.FORBIDDEN, Verdict.FAILED);
    assertThat(f.limits(Limits.DEFAULT).wallTime()).isEqualTo(Duration.ofMillis(8000));
    assertThat(f.isPerformance()).isTrue();
    TestSpec.Cases cases = (TestSpec.Cases) f.tests();
    assertThat(cases.cases()).hasSize(5);
    assertThat(cases.cases().get(0)).isEqualTo(new TestSpec.Case(null,
        "sum_of_list([1, 2, 3, 4])", "10", null, false, false, 1e-9));
    assertThat(cases.cases().get(3).tolerance()).isEqualTo(1e-6);
    assertThat(cases.cases().get(4).name()).isEqualTo("a long list");
    assertThat(cases.cases().get(4).hidden()).isTrue();

    Question quiz = bank.find("copy-or-alias-quiz").orElseThrow();
    assertThat(quiz.tests()).isNull();
    assertThat(quiz.correctOption().orElseThrow().text()).isEqualTo("`[1, 2]`");

    Question out = bank.find("join-output").orElseThrow();
    assertThat(out.expectedOutput()).isEqualTo("a-b\n5\n");
    assertThat(out.wrongAnswers()).containsExactly("a-b\n6", "['a', 'b']");

    Question tw = bank.find("test-add").orElseThrow();
    assertThat(tw.tests()).isInstanceOfSatisfying(TestSpec.TestWriting.class, t -> {
      assertThat(t.moduleName()).isEqualTo("calculator");
      assertThat(t.mutants()).extracting(TestSpec.Mutant::hidden).containsExactly(false, true);
    });
  }

  @Test
  void unknownKeysAreReportedWithTheirLine() {
    assertThat(problems("unknown-key")).extracting(QuestionProblem::toString).containsExactly(
        Fixtures.bank("unknown-key").resolve("basic/lists/sum-of-list.yaml")
            + ":60: difficulty: unknown key `difficulty`",
        Fixtures.bank("unknown-key").resolve("basic/lists/sum-of-list.yaml")
            + ":31: tests.cases[4].expcted: unknown key `expcted`");
  }

  @Test
  void duplicateIdNamesBothFiles() {
    List<QuestionProblem> p = problems("duplicate-id");
    assertThat(p).hasSize(1);
    assertThat(p.get(0).file()).endsWith(Path.of("strings", "sum-of-list.yaml"));
    assertThat(p.get(0).line()).isEqualTo(1);
    assertThat(p.get(0).field()).isEqualTo("id");
    assertThat(p.get(0).message()).contains("duplicate id `sum-of-list`")
        .contains(Path.of("lists", "sum-of-list.yaml").toString());
  }

  @Test
  void unknownLevelIsReportedInTheFieldAndTheFolder() {
    List<QuestionProblem> p = problems("bad-level");
    assertThat(p).extracting(QuestionProblem::line, QuestionProblem::field).contains(
        org.assertj.core.groups.Tuple.tuple(3, "level"));
    assertThat(p.get(0).message()).startsWith("unknown level `expert`; levels are basic");
    assertThat(p).anySatisfy(q -> assertThat(q.message())
        .isEqualTo("folder `expert` is not a level; levels are basic, intermediate, advanced"));
  }

  @Test
  void promptLongerThanAnEmbedIsRejected() {
    List<QuestionProblem> p = problems("prompt-too-long");
    assertThat(p).singleElement().satisfies(q -> {
      assertThat(q.line()).isEqualTo(7);
      assertThat(q.field()).isEqualTo("prompt");
      assertThat(q.message()).isEqualTo(
          "prompt is 4200 characters; a Discord embed description holds at most 4096");
    });
  }

  @Test
  void malformedYamlGivesItsLineAndEveryFileIsReported() {
    List<QuestionProblem> p = problems("malformed");
    assertThat(p).extracting(QuestionProblem::line, QuestionProblem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple(2,
            "not valid YAML: mapping values are not allowed here"),
        org.assertj.core.groups.Tuple.tuple(6, "not valid YAML: Duplicate field 'kind'"));
  }

  @Test
  void rulesBeyondTheSchemaAreAllCollected() {
    List<String> p = problems("broken-rules").stream()
        .map(q -> q.file().getFileName() + ":" + q.line() + ": " + q.field() + ": " + q.message())
        .toList();
    assertThat(p).containsExactlyInAnyOrder(
        "copy-or-alias-quiz.yaml:18: hints: needs at least 2 hints, from a nudge to almost the "
            + "answer; found 1",
        "copy-or-alias-quiz.yaml:1: id: id `copy-or-alias` does not match the file name "
            + "`copy-or-alias-quiz.yaml` (expected id `copy-or-alias-quiz`)",
        "copy-or-alias-quiz.yaml:8: options: a quiz needs exactly one option with `correct: "
            + "true`, found 2",
        "sum-of-list.yaml:1: : missing required field `starter` for kind `function`",
        "sum-of-list.yaml:4: topic: topic `strings` does not match the folder `lists`");
  }

  @Test
  void tooFewHiddenCasesAndFieldsOfAnotherKindAreRejected(@TempDir Path dir) throws Exception {
    Path src = Fixtures.bank("good").resolve("basic/lists/sum-of-list.yaml");
    Path file = dir.resolve("basic/lists/sum-of-list.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, Files.readString(src).replace("      hidden: true\n", "")
        + "snippet: print(1)\n");
    List<QuestionProblem> problems = new ArrayList<>();
    assertThat(Fixtures.loader().loadFile(dir, file, problems)).isEmpty();
    assertThat(problems).extracting(QuestionProblem::field, QuestionProblem::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("snippet", "not allowed for kind `function`"),
            org.assertj.core.groups.Tuple.tuple("tests.cases",
                "needs at least 5 cases of which at least 2 are hidden; found 5 with 0 hidden"));
  }

  @Test
  void theSchemaListsTheSameLevelsAndTopicsAsTheCode() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(Files.readString(Fixtures.SCHEMA));
    List<String> levels = new ArrayList<>();
    schema.path("properties").path("level").path("enum").forEach(n -> levels.add(n.asText()));
    List<String> topics = new ArrayList<>();
    schema.path("properties").path("topic").path("enum").forEach(n -> topics.add(n.asText()));
    assertThat(levels).isEqualTo(Taxonomy.LEVELS);
    assertThat(topics).isEqualTo(Taxonomy.TOPICS);
  }

  @Test
  void aMissingSchemaIsAClearProblem() {
    QuestionBankException e = catchThrowableOfType(QuestionBankException.class,
        () -> QuestionLoader.loadBank(Fixtures.bank("good")));
    assertThat(e.problems()).singleElement().extracting(QuestionProblem::message)
        .isEqualTo("the question schema is missing");
  }
}
