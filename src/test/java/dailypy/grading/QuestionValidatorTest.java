package dailypy.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.grading.QuestionValidator.Report;
import dailypy.questions.Fixtures;
import dailypy.questions.Question;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.TestResult;
import dailypy.runner.TestSpec;
import dailypy.testing.Results;
import dailypy.verdict.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The validator must catch a broken question. The fake runner grades like a perfect runner
 * would for the fixture bank: by which known piece of code it was given.
 */
class QuestionValidatorTest {

  private static final String SNIPPET_OUTPUT = "a-b\n5\n";

  /** Reference solutions pass, wrong ones get their declared verdict, anything else fails. */
  private static Function<RunRequest, RunResult> honest(Map<String, Verdict> overrides) {
    Map<String, Verdict> known = new HashMap<>();
    for (Question q : Fixtures.good().all()) {
      known.put(q.solution(), Verdict.PASSED);
      q.wrongSolutions().forEach(w -> known.put(w.code(), w.verdict()));
    }
    known.putAll(overrides);
    return request -> {
      if (request.tests() instanceof TestSpec.Script) {
        return Results.of(Verdict.PASSED).output(SNIPPET_OUTPUT).millis(1).backend("fake").build();
      }
      return RunResult.of(known.getOrDefault(request.source(), Verdict.FAILED), "", "fake");
    };
  }

  private static Report validate(Question q, Map<String, Verdict> overrides) {
    return new QuestionValidator(new FakeRunner(honest(overrides))).validate(q);
  }

  @Test
  void everyGoodQuestionIsProvenAndEveryPieceOfCodeIsRun() {
    FakeRunner runner = new FakeRunner(honest(Map.of()));
    QuestionValidator validator = new QuestionValidator(runner);
    for (Question q : Fixtures.good().all()) {
      Report r = validator.validate(q);
      assertThat(r.status()).as(q.id() + ": " + r.problems()).isEqualTo(Report.Status.PASSED);
    }
    // sum-of-list: reference, 2 wrong, starter; double-all and test-add: reference, 1 wrong,
    // starter; the output snippet
    assertThat(runner.requests).hasSize(4 + 3 + 3 + 1);
  }

  @Test
  void aWrongReferenceSolutionIsCaught() {
    Question broken = Questions.withSolution(Questions.get("sum-of-list"),
        "def sum_of_list(nums):\n    return 0\n");
    Report r = validate(broken, Map.of());
    assertThat(r.status()).isEqualTo(Report.Status.FAILED);
    assertThat(r.problems()).singleElement().asString()
        .startsWith("the reference solution got FAILED");
  }

  @Test
  void aWrongSolutionThatPassesIsCaught() {
    Question q = Questions.get("sum-of-list");
    String skipsFirst = q.wrongSolutions().get(1).code();
    Report r = validate(q, Map.of(skipsFirst, Verdict.PASSED));
    assertThat(r.status()).isEqualTo(Report.Status.FAILED);
    assertThat(r.problems()).singleElement().asString()
        .startsWith("wrong solution 'skips the first' should get FAILED but got PASSED");
  }

  @Test
  void aWrongSolutionWithAnotherVerdictThanDeclaredIsCaught() {
    Question q = Questions.get("sum-of-list");
    String usesSum = q.wrongSolutions().get(0).code();
    Report r = validate(q, Map.of(usesSum, Verdict.FAILED));
    assertThat(r.problems()).singleElement().asString()
        .startsWith("wrong solution 'uses sum' should get FORBIDDEN but got FAILED");
  }

  @Test
  void aStarterThatPassesIsCaught() {
    Question q = Questions.get("sum-of-list");
    Report r = validate(q, Map.of(q.starter(), Verdict.PASSED));
    assertThat(r.problems()).containsExactly("the starter code already passes");
  }

  @Test
  void aReferenceTestModuleThatMissesAMutantIsCaught() {
    Question q = Questions.get("test-add");
    Report r = new QuestionValidator(new FakeRunner(req -> req.source().equals(q.solution())
        ? Results.of(Verdict.FAILED).tests(Results.test("catches mutant: subtracts", true),
            new dailypy.runner.TestResult("catches mutant: off by one", false, true, "", "")).millis(1)
            .backend("fake").build()
        : honest(Map.of()).apply(req))).validate(q);
    assertThat(r.status()).isEqualTo(Report.Status.FAILED);
    assertThat(r.problems()).singleElement().asString()
        .contains("the reference solution got FAILED").contains("off by one");
  }

  @Test
  void aQuizWithTwoCorrectOptionsIsCaught() {
    Question quiz = Questions.get("copy-or-alias-quiz");
    List<Question.Option> two = quiz.options().stream()
        .map(o -> new Question.Option(o.text(), o.correct() || o.text().equals("An error"),
            o.why()))
        .toList();
    Report r = validate(Questions.withOptions(quiz, two), Map.of());
    assertThat(r.status()).isEqualTo(Report.Status.FAILED);
    assertThat(r.problems()).containsExactly("a quiz needs exactly one correct option, has 2");
  }

  @Test
  void anOutputSnippetPrintingSomethingElseIsCaught() {
    Question q = Questions.get("join-output");
    Report r = new QuestionValidator(new FakeRunner(req -> Results.of(Verdict.PASSED).output("a-b\n6\n").millis(1)
        .backend("fake").build())).validate(q);
    assertThat(r.status()).isEqualTo(Report.Status.FAILED);
    assertThat(r.problems()).singleElement().asString().startsWith("the snippet prints\na-b\n6");
  }

  @Test
  void aWrongAnswerThatIsReallyRightIsCaught() {
    Question q = Questions.withWrongAnswers(Questions.get("join-output"),
        List.of("a-b\n6", "a-b\n5  "));
    Report r = validate(q, Map.of());
    assertThat(r.problems()).containsExactly("wrong answer 'a-b\n5  ' is graded as correct");
  }

  @Test
  void aQuestionNeedingAMissingPackageIsSkippedNotPassed() {
    FakeRunner runner = new FakeRunner(honest(Map.of()));
    Question q = Questions.withRequires(Questions.get("sum-of-list"), List.of("numpy"));
    Report r = new QuestionValidator(runner).validate(q);
    assertThat(r.status()).isEqualTo(Report.Status.SKIPPED);
    assertThat(r.problems()).containsExactly(
        "This server can't grade numpy questions: the fake runner cannot import it.");
    assertThat(runner.requests).isEmpty();

    Report withNumpy = new QuestionValidator(new FakeRunner(honest(Map.of()),
        Map.of("numpy", "2.2.0"))).validate(q);
    assertThat(withNumpy.status()).isEqualTo(Report.Status.PASSED);
  }

  // --- random cases -----------------------------------------------------------------------

  private static boolean randomOnly(RunRequest r) {
    return r.tests() instanceof TestSpec.Cases c && c.cases().isEmpty() && c.random() != null;
  }

  /** A full run of `code` that fails only on random case 3 of 50. */
  private static RunResult failsOnlyOnRandomCase() {
    List<TestResult> tests = new java.util.ArrayList<>();
    tests.add(new TestResult("sum_of_list([1])", true, false, "", ""));
    for (int i = 1; i <= 50; i++) {
      tests.add(new TestResult(dailypy.runner.ResultAssembler.randomTestName(i, 50), i < 3, true,
          i > 3 ? "not run" : "", ""));
    }
    return new RunResult(Verdict.FAILED, "", tests, "", null, null, 1, "fake");
  }

  @Test
  void aWrongSolutionCaughtByRandomCasesAloneAndFixedOnesPasses() {
    Question q = Questions.withRandomCases(Questions.get("sum-of-list"), "sum_of_list(*args)");
    FakeRunner runner = new FakeRunner(honest(Map.of()));

    Report r = new QuestionValidator(runner).validate(q);

    assertThat(r.status()).as(r.problems().toString()).isEqualTo(Report.Status.PASSED);
    // Every wrong solution that is not a TIMEOUT is also run on the random cases alone.
    long alone = runner.requests.stream().filter(QuestionValidatorTest::randomOnly).count();
    assertThat(alone).isEqualTo(q.wrongSolutions().size());
  }

  @Test
  void aWrongSolutionOnlyTheRandomCasesCatchIsReported() {
    Question q = Questions.withRandomCases(Questions.get("sum-of-list"), "sum_of_list(*args)");
    String skipsFirst = q.wrongSolutions().get(1).code();
    FakeRunner runner = new FakeRunner(request -> request.source().equals(skipsFirst)
        && !randomOnly(request) ? failsOnlyOnRandomCase() : honest(Map.of()).apply(request));

    Report r = new QuestionValidator(runner).validate(q);

    assertThat(r.problems()).singleElement().asString()
        .startsWith("wrong solution 'skips the first' passes every fixed case");
  }

  @Test
  void aWrongSolutionTheRandomCasesMissIsReported() {
    Question q = Questions.withRandomCases(Questions.get("sum-of-list"), "sum_of_list(*args)");
    String skipsFirst = q.wrongSolutions().get(1).code();
    FakeRunner runner = new FakeRunner(request -> request.source().equals(skipsFirst)
        && randomOnly(request) ? RunResult.of(Verdict.PASSED, "", "fake")
        : honest(Map.of()).apply(request));

    Report r = new QuestionValidator(runner).validate(q);

    assertThat(r.problems()).singleElement().asString()
        .startsWith("wrong solution 'skips the first' passes all 50 random cases");
  }

  @Test
  void aTimeoutWrongSolutionIsNotRunOnRandomCasesAlone() {
    Question q = Questions.withRandomCases(Questions.get("sum-of-list"), "sum_of_list(*args)");
    String skipsFirst = q.wrongSolutions().get(1).code();
    FakeRunner runner = new FakeRunner(honest(Map.of(skipsFirst, Verdict.TIMEOUT)));
    Question slow = new Question(q.id(), q.title(), q.level(), q.topic(), q.kind(), q.source(),
        q.guideNumber(), q.prompt(), q.starter(), q.tests(), q.constraints(), q.hints(),
        q.explanation(), q.solution(), List.of(new Question.WrongSolution("slow", skipsFirst,
            Verdict.TIMEOUT)), q.requires(), q.limits(), List.of("performance"), q.options(),
        q.snippet(),
        q.expectedOutput(), q.wrongAnswers());

    Report r = new QuestionValidator(runner).validate(slow);

    assertThat(r.status()).isEqualTo(Report.Status.PASSED);
    assertThat(runner.requests).noneMatch(QuestionValidatorTest::randomOnly);
  }

  @Test
  void aLibraryQuestionSaysWhichVersionsItWasProvenOn() {
    Question q = Questions.withRequires(Questions.get("sum-of-list"), List.of("numpy"));
    Report r = new QuestionValidator(new FakeRunner(honest(Map.of()),
        Map.of("numpy", "2.1.3"))).validate(q);

    assertThat(r.status()).isEqualTo(Report.Status.PASSED);
    assertThat(r.provenOn()).isEqualTo("fake, numpy 2.1.3");
  }
}
