package dailypy.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.grading.QuestionValidator.Margin;
import dailypy.grading.QuestionValidator.Report;
import dailypy.questions.Problem;
import dailypy.questions.Question;
import dailypy.questions.QuestionLoader;
import dailypy.runner.Limits;
import dailypy.runner.RoutingRunner;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.verdict.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A performance question is proven on every backend, each with its own scaled limit: the slow
 * answer must time out and the reference pass on all of them, and the margins say by how much.
 * The fake backends model code by its CPU cost on the reference machine.
 */
class PerformanceValidationTest {

  private static final Question PALINDROMES = bankQuestion(
      "advanced/strings/count-palindromic-substrings-fast.yaml");
  private static final String SLOW = PALINDROMES.wrongSolutions().stream()
      .filter(w -> w.verdict() == Verdict.TIMEOUT).findFirst().orElseThrow().code();

  private static Question bankQuestion(String file) {
    List<Problem> problems = new ArrayList<>();
    Path root = Path.of("questions");
    Question q = QuestionLoader.loadFile(root, root.resolve(file), problems);
    assertThat(problems).isEmpty();
    return q;
  }

  @Test
  void theSlowAnswerTimesOutAndTheReferencePassesOnEveryBackendWithMargins() {
    // The reference costs 300 ms and the slow answer 12 s on the reference machine; CPython
    // runs them 5 times faster and its measured factor cuts its limit 4 times.
    CostModel graal = new CostModel("graalpy", 1.0, 1.0, 12_000);
    CostModel cpython = new CostModel("cpython", 0.25, 0.2, 12_000);

    Report r = new QuestionValidator(new RoutingRunner(List.of(graal, cpython)))
        .validate(PALINDROMES);

    assertThat(r.status()).as(r.problems().toString()).isEqualTo(Report.Status.PASSED);
    assertThat(r.margins()).extracting(Margin::backend).containsExactly("graalpy", "cpython");
    Margin onGraal = r.margins().get(0);
    assertThat(onGraal.limitMillis()).isEqualTo(5000);
    assertThat(onGraal.referenceMillis()).isEqualTo(300);
    assertThat(onGraal.wrongMillis()).isEqualTo(-1);  // 12 s is beyond twice the limit
    assertThat(onGraal.probeLimitMillis()).isEqualTo(10_000);
    Margin onCpython = r.margins().get(1);
    assertThat(onCpython.limitMillis()).isEqualTo(1250);
    assertThat(onCpython.referenceMillis()).isEqualTo(60);
    assertThat(onCpython.wrongMillis()).isEqualTo(2400);
    assertThat(onCpython.describe()).contains("cpython").contains("limit 1.25 s")
        .contains("reference 0.06 s").contains("2.40 s (1.9× limit)");
    // both backends got every piece of code: reference, three wrong solutions, starter, probe,
    // and the random cases alone for each of the two wrong solutions that are wrong, not slow
    assertThat(graal.requests).hasSize(8);
    assertThat(cpython.requests).hasSize(8);
  }

  @Test
  void aSlowAnswerThatPassesOnOneBackendFailsTheQuestionNamingThatBackend() {
    // CPython's limit is scaled by 0.5 (2.5 s), but this slow answer runs 10× faster than on
    // the reference machine there: 12 s becomes 1.2 s, under the limit.
    CostModel graal = new CostModel("graalpy", 1.0, 1.0, 12_000);
    CostModel cpython = new CostModel("cpython", 0.5, 0.1, 12_000);

    Report r = new QuestionValidator(new RoutingRunner(List.of(graal, cpython)))
        .validate(PALINDROMES);

    assertThat(r.status()).isEqualTo(Report.Status.FAILED);
    assertThat(r.problems()).singleElement().asString()
        .startsWith("on cpython: wrong solution 'brute force over every substring, O(n³)' "
            + "should get TIMEOUT but got PASSED");
    assertThat(r.margins()).extracting(Margin::backend).containsExactly("graalpy");
  }

  @Test
  void aQuestionWithoutThePerformanceTagIsProvenOnlyWhereItIsRouted() {
    CostModel graal = new CostModel("graalpy", 1.0, 1.0, 12_000);
    CostModel cpython = new CostModel("cpython", 0.25, 0.25, 12_000);
    Question plain = Questions.get("double-all");
    assertThat(plain.performance()).isFalse();

    Report r = new QuestionValidator(new RoutingRunner(List.of(graal, cpython))).validate(plain);

    assertThat(r.margins()).isEmpty();
    assertThat(cpython.requests).isEmpty();
    assertThat(graal.requests).isNotEmpty();
  }

  /**
   * A backend whose limits are scaled by {@code limitFactor} and which runs code
   * {@code speed} times as long as the reference machine. The palindromes question's reference
   * costs 300 ms there, its slow answer {@code slowMillis}; the other wrong answers fail.
   */
  private static final class CostModel implements Runner {
    final List<RunRequest> requests = new CopyOnWriteArrayList<>();
    private final String name;
    private final double limitFactor;
    private final double speed;
    private final long slowMillis;

    CostModel(String name, double limitFactor, double speed, long slowMillis) {
      this.name = name;
      this.limitFactor = limitFactor;
      this.speed = speed;
      this.slowMillis = slowMillis;
    }

    @Override
    public RunResult run(RunRequest request) {
      requests.add(request);
      Limits applied = request.limits().scaled(limitFactor);
      long limit = applied.cpuTime().toMillis();
      long cost;
      Verdict verdict;
      if (request.source().equals(PALINDROMES.solution())) {
        cost = Math.round(300 * speed);
        verdict = Verdict.PASSED;
      } else if (request.source().equals(SLOW)) {
        cost = Math.round(slowMillis * speed);
        verdict = Verdict.PASSED;
      } else {
        cost = 1;
        verdict = Verdict.FAILED;
      }
      if (cost > limit) {
        return new RunResult(Verdict.TIMEOUT, "too slow", List.of(), "", null, null, limit,
            name, limit);
      }
      return new RunResult(verdict, "", List.of(), "", null, null, cost, name, limit);
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Map<String, String> packages() {
      return Map.of();
    }

    @Override
    public void close() {}
  }
}
