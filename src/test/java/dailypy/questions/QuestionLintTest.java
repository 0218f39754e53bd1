package dailypy.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of a question's teaching text, on small questions written for each rule. */
class QuestionLintTest {

  private static final YAMLMapper YAML = new YAMLMapper();

  private static Question q(String yaml) {
    try {
      return YAML.readValue(yaml, Question.class);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static final String SUM = """
      id: sum-of-list
      kind: function
      prompt: "Write `sum_of_list(nums)` without the built-in `sum`."
      starter: |
        def sum_of_list(nums):
            pass
      constraints:
        - {forbid: builtin, name: sum, message: no sum}
      explanation: One pass. Time O(n), space O(1).
      solution: |
        def sum_of_list(nums):
            total = 0
            for n in nums:
                total += n
            return total
      """;

  private static Question sumWithHints(String... hints) {
    StringBuilder y = new StringBuilder(SUM).append("hints:\n");
    for (String h : hints) {
      y.append("  - \"").append(h.replace("\"", "\\\"")).append("\"\n");
    }
    return q(y.toString());
  }

  @Test
  void hintsThatTeachPass() {
    Question good = sumWithHints("Keep a running total: what is it before any number?",
        "Visit every element once and add it to the total; the empty list needs no special "
            + "case.");
    assertThat(HintLint.hintOverlap(good)).isZero();
    assertThat(QuestionLint.check(good)).isEmpty();
  }

  @Test
  void aLastHintThatIsTheWholeSolutionIsFlagged() {
    Question giveaway = sumWithHints("Keep a running total.",
        "`total = 0`, then `for n in nums: total += n`, then return `total`.");
    assertThat(HintLint.hintOverlap(giveaway)).isGreaterThan(0.8);
    assertThat(QuestionLint.check(giveaway)).singleElement().asString()
        .startsWith("the hints' code gives away").contains("never the answer");
  }

  @Test
  void hintCodeOnOtherNamesIsNotCountedAsTheSolution() {
    Question analogy = sumWithHints("Keep a running total.",
        "The same pattern counts items: `count = 0` and `count += 1` inside the loop.");
    assertThat(HintLint.hintOverlap(analogy)).isLessThan(HintLint.MAX_HINT_OVERLAP);
  }

  @Test
  void theStarterIsNotPartOfWhatTheHintsMayNotShow() {
    // the signature is in the starter: repeating it in a hint gives nothing away
    Question signature = sumWithHints("Start from `def sum_of_list(nums):` as given.",
        "Keep a running total.");
    assertThat(HintLint.hintOverlap(signature)).isZero();
  }

  @Test
  void fencedHintCodeCounts() {
    Question fenced = sumWithHints("Keep a running total.",
        "Like this:\n```python\ntotal = 0\nfor n in nums:\n    total += n\nreturn total\n```");
    assertThat(HintLint.hintOverlap(fenced)).isEqualTo(1.0);
  }

  @Test
  void duplicateHintsAreFlagged() {
    assertThat(HintLint.duplicateHints(List.of("Use a loop.", "use a loop!")))
        .singleElement().asString().startsWith("hints 1 and 2 say the same thing");
    assertThat(HintLint.duplicateHints(List.of(
        "Flask maps a URL to a function with the route decorator; the return value is the body.",
        "With the route decorator Flask maps the URL to your function, and its return value "
            + "becomes the body.")))
        .singleElement().asString().startsWith("hints 1 and 2 overlap");
    assertThat(HintLint.duplicateHints(List.of(
        "Walk the list once; remember that the function returns the first index where the "
            + "value is found.",
        "Binary search halves the range at each step; remember that the function returns the "
            + "first index where the value is found, so keep going left after a match.")))
        .singleElement().asString().contains("share a passage");
    assertThat(HintLint.duplicateHints(List.of("A dict maps each value to its index.",
        "Look up `target - x` before you insert `x`, so an element never pairs with itself.")))
        .isEmpty();
  }

  @Test
  void aForbiddenNameWithoutAConstraintIsFlagged() {
    Question noConstraint = q(SUM.replace("constraints:\n  - {forbid: builtin, name: sum, "
        + "message: no sum}\n", "") + "hints: [a, b]\n");
    assertThat(PromptRuleLint.unenforcedPromptRules(noConstraint)).singleElement().asString()
        .startsWith("the prompt forbids `sum` but no constraint enforces it");
    assertThat(PromptRuleLint.unenforcedPromptRules(q(SUM + "hints: [a, b]\n"))).isEmpty();
  }

  @Test
  void forbiddenNamesAreFoundInTheUsualPhrasings() {
    assertThat(PromptRuleLint.forbiddenTokens("- No `for` or `while` loops and no `math` module: "))
        .containsExactly("for", "while", "math");
    assertThat(PromptRuleLint.forbiddenTokens("Don't use `sorted()`, `.sort()` or `heapq`."))
        .containsExactly("sorted()", ".sort()", "heapq");
    assertThat(PromptRuleLint.forbiddenTokens("- Do not call the `.count()` method;"))
        .containsExactly(".count()");
    assertThat(PromptRuleLint.forbiddenTokens("`math`, `**` and `pow` are not allowed."))
        .containsExactly("math", "**", "pow");
    assertThat(PromptRuleLint.forbiddenTokens("An empty list, or one with no `None`, gives `[]`."))
        .containsExactly("None");
    assertThat(PromptRuleLint.ruleNames("None")).isEmpty();
    assertThat(PromptRuleLint.forbiddenTokens("- `compose()` with no functions returns `x`."))
        .isEmpty();
    assertThat(PromptRuleLint.ruleNames("functools.reduce")).contains("functools", "reduce");
    assertThat(PromptRuleLint.ruleNames("list.index")).contains("index");
    assertThat(PromptRuleLint.ruleNames("**")).containsExactly("pow");
    assertThat(PromptRuleLint.ruleNames("df[col] >= 3")).isEmpty();
  }

  private static final String QUIZ = """
      id: mask-quiz
      kind: quiz
      prompt: Which keeps the rows?
      hints: [a, b]
      explanation: Boolean masks select rows.
      options:
        - {text: "`df[m1 & m2]`", correct: true, why: "Both masks, element-wise."}
      """;

  @Test
  void aWrongOptionWhoseWhyAdmitsItWorksIsFlagged() {
    Question twoAnswers = q(QUIZ + "  - {text: \"`df[m1][m2]`\", correct: false, why: \"It "
        + "warns, but it happens to select the right rows.\"}\n");
    assertThat(TeachingTextLint.wrongOptionsThatSoundRight(twoAnswers)).singleElement().asString()
        .contains("happens to").contains("second defensible answer");
    Question fine = q(QUIZ + "  - {text: \"`df[m1 and m2]`\", correct: false, why: \"`and` "
        + "needs one truth value for a whole Series, so pandas raises ValueError.\"}\n");
    assertThat(QuestionLint.check(fine)).isEmpty();
  }

  @Test
  void aVersionClaimMustNameTheVersion() {
    Question vague = q(QUIZ.replace("Boolean masks select rows.",
        "Newer pandas warns, and with copy-on-write the write is ignored."));
    assertThat(TeachingTextLint.versionClaimsWithoutVersion(vague)).singleElement().asString()
        .startsWith("the explanation makes a claim tied to a library version");
    Question named = q(QUIZ.replace("Boolean masks select rows.",
        "pandas 2.2 warns; with copy-on-write (always on from pandas 3.0) it is ignored."));
    assertThat(TeachingTextLint.versionClaimsWithoutVersion(named)).isEmpty();
  }

  @Test
  void aComplexityLineInAQuizIsFillerUnlessTheQuizIsAboutComplexity() {
    Question filler = q(QUIZ.replace("Boolean masks select rows.",
        "|\n  Boolean masks select rows.\n\n  Time: O(n). Space: O(n)."));
    assertThat(TeachingTextLint.complexityProblems(filler)).singleElement().asString()
        .contains("not about complexity");
    Question tagged = q(QUIZ.replace("Boolean masks select rows.",
        "|\n  Boolean masks select rows.\n\n  Time: O(n). Space: O(n).") + "tags: [complexity]\n");
    assertThat(TeachingTextLint.complexityProblems(tagged)).isEmpty();
    Question codeWithout = q(SUM.replace("Time O(n), space O(1).", "Simple.")
        + "hints: [a, b]\n");
    assertThat(TeachingTextLint.complexityProblems(codeWithout)).singleElement().asString()
        .contains("O(...)");
  }

  @Test
  void aTestWritingQuestionHidesAtLeastTwoMutantsAndShowsOne() {
    String base = """
        id: t
        kind: test-writing
        prompt: Test add.
        hints: [a, b]
        explanation: Tests. O(1).
        solution: "import unittest"
        tests:
          style: test-writing
          module_name: calc
          reference: "def add(a, b): return a + b"
          mutants:
            - {name: minus, code: "def add(a, b): return a - b"}
            - {name: plus one, hidden: true, code: "def add(a, b): return a + b + 1"}
        """;
    assertThat(TestSpecLint.mutantProblems(q(base))).singleElement().asString()
        .contains("1 hidden and 1 shown");
    assertThat(TestSpecLint.mutantProblems(q(base + "    - {name: times, hidden: true, code: "
        + "\"def add(a, b): return a * b\"}\n"))).isEmpty();
  }

  private static Question withRandom(String random) {
    return q(SUM + "hints: [Keep a running total, then add each number once.]\n"
        + "tests:\n  style: cases\n  random:\n" + random.indent(4));
  }

  @Test
  void randomCasesNeedAGeneratorFiftyCasesAndACallThatUsesTheArguments() {
    String generator = "generator: |\n  def generate(rng, i):\n      return ([i],)\n";
    assertThat(TestSpecLint.randomCaseProblems(withRandom(
        "count: 50\nseed: 1\ncall: sum_of_list(*args)\n" + generator))).isEmpty();
    assertThat(QuestionLint.check(withRandom(
        "count: 20\nseed: 1\ncall: sum_of_list(*args)\n" + generator)))
        .anyMatch(p -> p.contains("count is 20") && p.contains("at least 50"));
    assertThat(TestSpecLint.randomCaseProblems(withRandom(
        "count: 50\nseed: 1\ncall: sum_of_list([1, 2])\n" + generator)))
        .anyMatch(p -> p.contains("never uses `args`"));
    assertThat(TestSpecLint.randomCaseProblems(withRandom(
        "count: 50\nseed: 1\ncall: sum_of_list(*args)\ngenerator: \"cases = [1]\"\n")))
        .anyMatch(p -> p.contains("def generate(rng, i):"));
  }

  @Test
  void aQuestionWithoutRandomCasesHasNoRandomCaseProblems() {
    assertThat(TestSpecLint.randomCaseProblems(sumWithHints("a", "b"))).isEmpty();
  }

  private static final String SLOW_ANSWER = """
      wrong_solutions:
        - name: sums twice
          verdict: TIMEOUT
          code: |
            def sum_of_list(nums):
                return len(nums)
      """;

  @Test
  void aPerformanceQuestionWithoutASlowAnswerIsFlagged() {
    Question tagged = q(SUM + "hints: [a, b]\ntags: [performance]\n");
    assertThat(QuestionLint.check(tagged))
        .anyMatch(p -> p.contains("needs a wrong solution with verdict TIMEOUT"));
    assertThat(TestSpecLint.performanceProblems(q(SUM + "hints: [a, b]\ntags: [performance]\n"
        + SLOW_ANSWER))).isEmpty();
  }

  @Test
  void aSlowAnswerWithoutThePerformanceTagIsFlagged() {
    assertThat(TestSpecLint.performanceProblems(q(SUM + "hints: [a, b]\n" + SLOW_ANSWER)))
        .singleElement().asString().contains("needs `tags: [performance]`");
    assertThat(TestSpecLint.performanceProblems(sumWithHints("a", "b"))).isEmpty();
  }
}
