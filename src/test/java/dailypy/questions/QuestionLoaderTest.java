package dailypy.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dailypy.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionLoaderTest {

  private static List<Problem> problems(String bank) {
    QuestionLoader.Result r = QuestionLoader.load(Fixtures.bank(bank));
    assertThat(r.ok()).as("loading %s should fail", bank).isFalse();
    return r.problems();
  }

  private static String rel(Problem p) {
    return p.file().getFileName() + ":" + p.line() + " [" + p.field() + "] " + p.message();
  }

  @Test
  void loadsEveryKindWithAllItsFields() {
    QuestionBank bank = Fixtures.good();
    assertThat(bank.all()).extracting(Question::id).containsExactly(
        "copy-or-alias-quiz", "double-all", "sum-of-list", "join-output", "test-add");

    Question f = bank.find("sum-of-list").orElseThrow();
    assertThat(f.kind()).isEqualTo(Question.Kind.FUNCTION);
    assertThat(f.guideNumber()).isEqualTo(1);
    assertThat(f.constraints()).containsExactly(new Question.QuestionConstraint("builtin", "sum",
        "Add the numbers up yourself, without the built-in sum."));
    assertThat(f.wrongSolutions()).extracting(Question.WrongSolution::verdict)
        .containsExactly(Verdict.FORBIDDEN, Verdict.FAILED);
    assertThat(f.limits().timeMs()).isEqualTo(8000);
    assertThat(f.tags()).containsExactly("loops");
    assertThat(f.performance()).isFalse();
    assertThat(f.tests().cases()).hasSize(5);
    assertThat(f.tests().cases().get(3).tolerance()).isEqualTo(1e-6);
    assertThat(f.tests().cases().get(4).name()).isEqualTo("a long list");
    assertThat(bank.file("sum-of-list")).get()
        .isEqualTo(Fixtures.bank("good").resolve("basic/lists/sum-of-list.yaml"));

    Question quiz = bank.find("copy-or-alias-quiz").orElseThrow();
    assertThat(quiz.tests()).isNull();
    assertThat(quiz.options()).extracting(Question.Option::correct)
        .containsExactly(false, true, false);

    Question out = bank.find("join-output").orElseThrow();
    assertThat(out.expectedOutput()).isEqualTo("a-b\n5\n");
    assertThat(out.wrongAnswers()).containsExactly("a-b\n6", "['a', 'b']");

    Question tw = bank.find("test-add").orElseThrow();
    assertThat(tw.tests().moduleName()).isEqualTo("calculator");
    assertThat(tw.tests().mutants()).extracting(Question.Mutant::hidden)
        .containsExactly(false, true, true);
  }

  @Test
  void unknownKeysAreReportedWithTheirLine() {
    assertThat(problems("unknown-key")).extracting(QuestionLoaderTest::rel).containsExactly(
        "sum-of-list.yaml:60 [difficulty] unknown key 'difficulty'",
        "sum-of-list.yaml:31 [tests.cases[4].expcted] unknown key 'expcted'");
  }

  @Test
  void duplicateIdNamesBothFilesAndKeepsTheFirst() {
    QuestionLoader.Result r = QuestionLoader.load(Fixtures.bank("duplicate-id"));
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).endsWith(Path.of("strings", "sum-of-list.yaml"));
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.field()).isEqualTo("id");
      assertThat(p.message()).contains("duplicate id 'sum-of-list'")
          .contains(Path.of("lists", "sum-of-list.yaml").toString());
    });
    assertThat(r.bank().find("sum-of-list").orElseThrow().topic()).isEqualTo("lists");
  }

  @Test
  void unknownLevelNamesTheLevelsThereAre() {
    assertThat(problems("bad-level")).extracting(QuestionLoaderTest::rel).containsExactly(
        "sum-of-list.yaml:3 [level] unknown level 'expert'; levels are basic, intermediate, "
            + "advanced");
  }

  @Test
  void promptLongerThanAnEmbedIsRejected() {
    assertThat(problems("prompt-too-long")).extracting(QuestionLoaderTest::rel).containsExactly(
        "copy-or-alias-quiz.yaml:7 [prompt] the prompt has 4200 characters; a prompt may have "
            + "at most 4096");
  }

  @Test
  void malformedYamlAndDuplicateKeysGiveTheirLineInEveryFile() {
    assertThat(problems("malformed")).extracting(Problem::line, Problem::message).containsExactly(
        tuple(2, "malformed YAML: mapping values are not allowed here"),
        tuple(6, "malformed YAML: Duplicate field 'kind'"));
  }

  @Test
  void everyRuleBrokenInAFileIsReportedNotJustTheFirst() {
    assertThat(problems("broken-rules")).extracting(QuestionLoaderTest::rel)
        .containsExactlyInAnyOrder(
            "copy-or-alias-quiz.yaml:1 [id] id 'copy-or-alias' must match the file name "
                + "'copy-or-alias-quiz'",
            "copy-or-alias-quiz.yaml:8 [options] a quiz needs exactly one correct option, this "
                + "one has 2",
            "copy-or-alias-quiz.yaml:18 [hints] needs at least 2 hints, from a nudge to almost "
                + "the answer; has 1",
            "sum-of-list.yaml:4 [topic] topic 'strings' does not match its folder 'lists'",
            "sum-of-list.yaml:1 [starter] missing required field 'starter' (kind function)");
  }

  @Test
  void tooFewHiddenCasesAreRejected(@TempDir Path dir) throws Exception {
    Path src = Fixtures.bank("good").resolve("basic/lists/sum-of-list.yaml");
    Path file = dir.resolve("basic/lists/sum-of-list.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, Files.readString(src).replace("      hidden: true\n", ""));
    List<Problem> problems = new ArrayList<>();
    QuestionLoader.loadFile(dir, file, problems);
    assertThat(problems).extracting(Problem::line, Problem::field, Problem::message)
        .containsExactly(tuple(16, "tests.cases", "needs at least 5 cases of which 2 hidden; "
            + "has 5 with 0 hidden"));
  }

  @Test
  void aCaseWhoseValueIsABitOrACountIsRejectedWithItsLine(@TempDir Path dir) throws Exception {
    Path src = Fixtures.bank("good").resolve("basic/lists/sum-of-list.yaml");
    Path file = dir.resolve("basic/lists/sum-of-list.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, Files.readString(src)
        .replace("    - call: sum_of_list([])\n      expected: \"0\"",
            "    - call: sum_of_list([]) == 0\n      expected: \"True\"")
        .replace("    - call: sum_of_list(list(range(1000)))\n",
            "    - call: |\n        nums = list(range(1000))\n        bool(\n          sum_of_list(nums))\n")
        // a case that must raise has no value to compare: not checked
        .replace("    - call: sum_of_list([-1, 1])\n      expected: \"0\"",
            "    - call: sum_of_list(None) == 0\n      raises: TypeError"));
    List<Problem> problems = new ArrayList<>();
    QuestionLoader.loadFile(dir, file, problems);
    assertThat(problems).extracting(Problem::line, Problem::field).containsExactly(
        tuple(19, "tests.cases[1].call"), tuple(27, "tests.cases[4].call"));
    assertThat(problems).extracting(Problem::message).satisfiesExactly(
        m -> assertThat(m).startsWith("the last expression is a comparison (==): ")
            .contains("value under test itself"),
        m -> assertThat(m).startsWith("the last expression is a call to bool(): "));
  }

  @Test
  void unittestStyleIsRejectedInTheBank(@TempDir Path dir) throws Exception {
    Path src = Fixtures.bank("good").resolve("basic/lists/sum-of-list.yaml");
    Path file = dir.resolve("basic/lists/sum-of-list.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, Files.readString(src).replace("  style: cases\n",
        "  style: unittest\n"));
    List<Problem> problems = new ArrayList<>();
    QuestionLoader.loadFile(dir, file, problems);
    assertThat(problems).extracting(Problem::line, Problem::field, Problem::message)
        .containsExactly(tuple(15, "tests.style", QuestionRules.NO_UNITTEST));
    assertThat(QuestionRules.NO_UNITTEST).contains("not allowed for bank questions");
  }

  @Test
  void theSchemaListsTheSameLevelsAndTopicsAsTheCode() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(
        Files.readString(Path.of("questions", "question.schema.json")));
    List<String> levels = new ArrayList<>();
    schema.path("properties").path("level").path("enum").forEach(n -> levels.add(n.asText()));
    TreeSet<String> topics = new TreeSet<>();
    schema.path("properties").path("topic").path("enum").forEach(n -> topics.add(n.asText()));
    assertThat(levels).isEqualTo(Catalog.LEVELS);
    assertThat(topics).isEqualTo(new TreeSet<>(Catalog.TOPICS));
  }

  @Test
  void aMissingFolderIsAProblemNotAnException() {
    QuestionLoader.Result r = QuestionLoader.load(Fixtures.bank("no-such-bank"));
    assertThat(r.problems()).extracting(Problem::message)
        .containsExactly("the question folder does not exist");
  }
}
