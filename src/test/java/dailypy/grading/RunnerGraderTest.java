package dailypy.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.questions.Question;
import dailypy.runner.RunResult;
import dailypy.verdict.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunnerGraderTest {

  private final Question q = Questions.get("sum-of-list");

  @Test
  void aPastedBlockIsGradedOnItsCode() {
    FakeRunner runner = new FakeRunner(r -> RunResult.of(Verdict.PASSED, "", "fake"));
    RunResult r = new RunnerGrader(runner).grade(q,
        "my answer:\n```python\ndef sum_of_list(n):\n    return 1\n```");
    assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
    assertThat(runner.requests).singleElement().satisfies(req ->
        assertThat(req.source()).isEqualTo("def sum_of_list(n):\n    return 1\n"));
  }

  @Test
  void aBlankAnswerIsNoCodeAndRunsNothing() {
    FakeRunner runner = new FakeRunner(r -> RunResult.of(Verdict.PASSED, "", "fake"));
    RunResult r = new RunnerGrader(runner).grade(q, "  \n");
    assertThat(r.verdict()).isEqualTo(Verdict.NO_CODE);
    assertThat(r.message()).isEqualTo("There is no code to grade.");
    assertThat(runner.requests).isEmpty();
  }

  @Test
  void aFileIsCodeEvenWithoutFences() {
    FakeRunner runner = new FakeRunner(r -> RunResult.of(Verdict.FAILED, "", "fake"));
    assertThat(new RunnerGrader(runner).grade(q, "x = 1\n").verdict())
        .isEqualTo(Verdict.FAILED);
    assertThat(runner.requests).singleElement().extracting(req -> req.source())
        .isEqualTo("x = 1\n");
  }

  @Test
  void aQuestionNeedingAMissingPackageIsAnErrorWithTheReason() {
    FakeRunner runner = new FakeRunner(r -> RunResult.of(Verdict.PASSED, "", "fake"));
    RunnerGrader grader = new RunnerGrader(runner);
    Question numpy = Questions.withRequires(q, List.of("numpy"));
    assertThat(grader.gradability(numpy).gradable()).isFalse();
    RunResult r = grader.grade(numpy, "x = 1");
    assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.message()).contains("numpy");
    assertThat(runner.requests).isEmpty();
    assertThat(grader.gradability(Questions.get("copy-or-alias-quiz")).gradable()).isTrue();
  }

  @Test
  void aRunnerThatThrowsBecomesAnErrorWithAReference() {
    FakeRunner runner = new FakeRunner(r -> {
      throw new IllegalStateException("pool is gone");
    });
    RunResult r = new RunnerGrader(runner).grade(q, "x = 1");
    assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.message()).matches("The grader failed \\(reference [0-9a-f]{8}\\)\\.");
  }
}
