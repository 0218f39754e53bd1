package dailypy.runner.cpython;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.grading.QuestionValidator;
import dailypy.grading.QuestionValidator.Margin;
import dailypy.grading.QuestionValidator.Report;
import dailypy.questions.Problem;
import dailypy.questions.Question;
import dailypy.questions.QuestionLoader;
import dailypy.runner.HarnessRunner;
import dailypy.runner.RoutingRunner;
import dailypy.runner.SpeedFactor;
import dailypy.runner.graal.SharedPool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    List<Problem> problems = new ArrayList<>();
    Path root = Path.of("questions");
    Question q = QuestionLoader.loadFile(root,
        root.resolve("advanced/strings/count-palindromic-substrings-fast.yaml"), problems);
    assertThat(problems).isEmpty();

    Report r = new QuestionValidator(BOTH).validate(q);

    assertThat(r.status()).as(String.join("\n", r.problems())).isEqualTo(Report.Status.PASSED);
    assertThat(r.margins()).extracting(Margin::backend).containsExactly("graalpy", "cpython");
    for (Margin m : r.margins()) {
      assertThat(m.referenceMillis()).as(m.describe()).isLessThan(m.limitMillis());
    }
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
