package dailypy.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dailypy.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
  void everyLevelHasAtLeastSixtyQuestionsAndTheBankAtLeast222() {
    for (String level : Catalog.LEVELS) {
      assertThat(bank.filter(level, null)).as(level).hasSizeGreaterThanOrEqualTo(60);
    }
    assertThat(bank.size()).isGreaterThanOrEqualTo(222);
  }

  /**
   * "Grade this" matches an answer to its question by the names it defines, so a name the user
   * writes belongs to one question only (helpers handed over ready-made may repeat).
   */
  @Test
  void everyNameAUserWritesIsUniqueInTheBank() {
    assertThat(BankRules.nameProblems(bank)).isEmpty();
  }

  /** Intermediate has the gaps issue 15 found filled: graphs, trees, DP and heaps. */
  @Test
  void intermediateCoversGraphsTreesDynamicProgrammingAndHeaps() {
    for (String topic : List.of("graphs", "trees", "dynamic-programming", "data-structures")) {
      assertThat(bank.filter("intermediate", topic)).as(topic).hasSizeGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void aWrongSolutionIsNeverDeclaredToPass() {
    assertThat(bank.all().stream().flatMap(q -> q.wrongSolutions().stream()
        .filter(w -> w.verdict() == Verdict.PASSED).map(w -> q.id() + ": " + w.name()))).isEmpty();
  }

  /**
   * The value under test carries the answer (see ClaimRule): read from the files themselves, so
   * this holds even if the loader stopped checking it.
   */
  @Test
  void everyCaseSendsBackTheValueUnderTestNotABitOrACountOfIt() throws IOException {
    ObjectMapper yaml = new YAMLMapper();
    List<String> violations = new ArrayList<>();
    int checked = 0;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("questions"))) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      JsonNode cases = yaml.readTree(file.toFile()).path("tests").path("cases");
      for (int i = 0; i < cases.size(); i++) {
        JsonNode c = cases.get(i);
        if (!c.has("expected")) {
          continue; // a case that must raise compares no value
        }
        checked++;
        int index = i;
        ClaimRule.violation(c.path("call").asText()).ifPresent(why -> violations.add(
            file + " case " + (index + 1) + ": " + why));
      }
    }
    assertThat(violations).isEmpty();
    assertThat(checked).as("cases checked").isGreaterThan(500);
  }

  /** Problems of one lint check over the whole bank, as "id: message". */
  private static List<String> lint(java.util.function.Function<Question, List<String>> check) {
    return bank.all().stream().flatMap(q -> check.apply(q).stream().map(p -> q.id() + ": " + p))
        .toList();
  }

  /** The last hint is almost the answer, never the answer, and no hint repeats another. */
  @Test
  void hintsTeachWithoutGivingTheSolutionAway() {
    assertThat(lint(HintLint::hintProblems)).isEmpty();
  }

  @Test
  void everyRuleAPromptStatesIsEnforcedByAConstraint() {
    assertThat(lint(PromptRuleLint::unenforcedPromptRules)).isEmpty();
  }

  @Test
  void noWrongQuizOptionIsExplainedAsRight() {
    assertThat(lint(TeachingTextLint::wrongOptionsThatSoundRight)).isEmpty();
  }

  @Test
  void everyLibraryVersionClaimNamesItsVersion() {
    assertThat(lint(TeachingTextLint::versionClaimsWithoutVersion)).isEmpty();
  }

  @Test
  void complexityIsStatedForCodeAndOnlyWhereItMattersForQuizAndOutput() {
    assertThat(lint(TeachingTextLint::complexityProblems)).isEmpty();
  }

  @Test
  void testWritingQuestionsHideAtLeastTwoMutants() {
    assertThat(lint(TestSpecLint::mutantProblems)).isEmpty();
  }

  @Test
  void performanceQuestionsAndTheirSlowAnswersGoTogether() {
    assertThat(lint(TestSpecLint::performanceProblems)).isEmpty();
  }

  /** docs/question-bank.md is generated, so it cannot drift from the bank. */
  @Test
  void theQuestionBankDocumentIsWhatTheStatsCommandGenerates() throws IOException {
    String committed = Files.readString(Path.of("docs", "question-bank.md"));
    assertThat(committed).as("docs/question-bank.md is out of date; regenerate it with `"
        + BankStats.COMMAND + "`").isEqualTo(BankStats.markdown(bank));
  }

  @Test
  void noBankQuestionIsTestedWithUnittest() {
    assertThat(bank.all()).filteredOn(q -> q.tests() != null)
        .extracting(q -> q.id() + ": " + q.tests().style())
        .noneMatch(s -> s.endsWith(": unittest"));
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
