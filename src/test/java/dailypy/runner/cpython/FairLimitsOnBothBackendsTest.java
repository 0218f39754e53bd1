package dailypy.runner.cpython;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.grading.PerformanceMargin;
import dailypy.grading.QuestionValidator;
import dailypy.grading.QuestionValidator.Report;
import dailypy.questions.Problem;
import dailypy.questions.Question;
import dailypy.questions.QuestionLoader;
import dailypy.runner.HarnessRunner;
import dailypy.runner.RoutingRunner;
import dailypy.runner.SpeedFactor;
import dailypy.runner.graal.SharedPool;
import dailypy.verdict.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Time limits are fair on both real backends: each measures its speed at start and scales the
 * question's limit by it, so a performance question's slow answer times out and its reference
 * passes on the embedded pool and on sandboxed host CPython alike.
 */
class FairLimitsOnBothBackendsTest {

  private static final RoutingRunner BOTH = new RoutingRunner(
      List.of(SharedPool.runner(), SharedCPython.started().runner()));

  @Test
  void aPerformanceQuestionsSlowAnswerTimesOutAndItsReferencePassesOnBothBackends() {
    Question q = palindromes();

    // the 5× probe on CPython only: on GraalPy it would cost 25 s of CPU (the CLI runs it)
    Report r = new QuestionValidator(BOTH, Set.of("cpython")).validate(q);

    assertThat(r.status()).as(String.join("\n", r.problems())).isEqualTo(Report.Status.PASSED);
    assertThat(r.margins()).extracting(PerformanceMargin::backend)
        .containsExactly("graalpy", "cpython");
    for (PerformanceMargin m : r.margins()) {
      assertThat(m.referenceFair()).as(m.describe()).isTrue();
    }
    assertThat(r.margins().get(1).wrongFair()).as(r.margins().get(1).describe()).isTrue();
  }

  @Test
  void anUnfairPerformanceQuestionIsRejectedOnRealCpython() {
    // The palindromes question made unfair by spinning on the CPU clock (which is what limits
    // count, so the times do not depend on load): its reference spends 0.6 s of the 1 s limit
    // CPython gives, its slow answer 3 s, which times out but finishes within 5×.
    Question q = palindromes();
    Question.WrongSolution slow = q.wrongSolutions().stream()
        .filter(w -> w.verdict() == Verdict.TIMEOUT).findFirst().orElseThrow();
    List<Question.WrongSolution> wrongs = new ArrayList<>();
    wrongs.add(new Question.WrongSolution(slow.name(), spinning(3.0, q.solution()),
        Verdict.TIMEOUT));
    Question unfair = new Question(q.id(), q.title(), q.level(), q.topic(), q.kind(), q.source(),
        q.guideNumber(), q.prompt(), q.starter(), q.tests(), q.constraints(), q.hints(),
        q.explanation(), spinning(0.6, q.solution()), wrongs, q.requires(), q.limits(),
        q.tags(), q.options(), q.snippet(), q.expectedOutput(), q.wrongAnswers());

    Report r = new QuestionValidator(SharedCPython.started().runner()).validate(unfair);

    assertThat(r.status()).isEqualTo(Report.Status.FAILED);
    assertThat(r.problems()).as(String.join("\n", r.problems())).hasSize(2);
    assertThat(r.problems().get(0)).startsWith("the reference solution used ")
        .contains("more than a fifth of the 1000 ms limit (200 ms)");
    assertThat(r.problems().get(1)).startsWith("wrong solution '" + slow.name()
        + "' is not 5× too slow: given 5000 ms instead of 1000 ms it got PASSED after ");
    PerformanceMargin m = r.margins().get(0);
    assertThat(m.referenceFair()).isFalse();
    assertThat(m.wrongFair()).isFalse();
    assertThat(m.wrongMillis()).isBetween(2500L, 4000L);
  }

  private static Question palindromes() {
    List<Problem> problems = new ArrayList<>();
    Path root = Path.of("questions");
    Question q = QuestionLoader.loadFile(root,
        root.resolve("advanced/strings/count-palindromic-substrings-fast.yaml"), problems);
    assertThat(problems).isEmpty();
    return q;
  }

  /** {@code code} after spinning {@code seconds} of CPU time when the module loads. */
  private static String spinning(double seconds, String code) {
    return "import time\n_start = time.process_time()\nwhile time.process_time() - _start < "
        + seconds + ":\n    pass\n" + code;
  }

  @Test
  void eachBackendMeasuredItsOwnSpeedAndCpythonGetsLessTimeThanTheEmbeddedPool() {
    SpeedFactor graal = ((HarnessRunner) SharedPool.runner()).speedFactor();
    SpeedFactor cpython = ((HarnessRunner) SharedCPython.started().runner()).speedFactor();

    assertThat(graal.backend()).isEqualTo("graalpy");
    assertThat(cpython.backend()).isEqualTo("cpython");
    assertThat(graal.measuredCpuMillis()).isPositive();
    assertThat(cpython.measuredCpuMillis()).isPositive();
    // interpreter-only GraalPy runs plain Python several times slower than CPython
    assertThat(cpython.factor()).isLessThan(graal.factor());
  }
}
