package dailypy.grading;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Set;
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
  void aFairQuestionIsProvenOnEveryBackendWithItsMargins() {
    // The reference costs 300 ms and the slow answer 30 s on the reference machine; CPython
    // runs them in 0.3 of the time and its measured factor cuts its limit 4 times.
    CostModel graal = new CostModel("graalpy", 1.0, 1.0, 300, 30_000);
    CostModel cpython = new CostModel("cpython", 0.25, 0.3, 300, 30_000);

    Report r = new QuestionValidator(new RoutingRunner(List.of(graal, cpython)))
        .validate(PALINDROMES);

    assertThat(r.status()).as(r.problems().toString()).isEqualTo(Report.Status.PASSED);
    assertThat(r.margins()).extracting(PerformanceMargin::backend)
        .containsExactly("graalpy", "cpython");
    PerformanceMargin onGraal = r.margins().get(0);
    assertThat(onGraal.limitMillis()).isEqualTo(5000);
    assertThat(onGraal.referenceMillis()).isEqualTo(300);
    assertThat(onGraal.wrongMillis()).isEqualTo(-1);  // 30 s is beyond five times the limit
    assertThat(onGraal.probeLimitMillis()).isEqualTo(25_000);
    PerformanceMargin onCpython = r.margins().get(1);
    assertThat(onCpython.limitMillis()).isEqualTo(1250);
    assertThat(onCpython.referenceMillis()).isEqualTo(90);
    assertThat(onCpython.probeLimitMillis()).isEqualTo(6250);  // the slow answer costs 9 s
    assertThat(onCpython.describe()).isEqualTo("cpython  reference    90 ms  limit  1250 ms  "
        + "margin  13.9×  wrong solution > 5×: yes");
    // both backends got every piece of code: reference, three wrong solutions, starter, probe,
    // and the random cases alone for each of the two wrong solutions that are wrong, not slow
    assertThat(graal.requests).hasSize(8);
    assertThat(cpython.requests).hasSize(8);
  }

  @Test
  void aSlowAnswerOnlyTwiceTooSlowIsRejectedWithItsTimes() {
    // 10 s against a 5 s limit: it times out, but a host twice as fast would pass it
    CostModel graal = new CostModel("graalpy", 1.0, 1.0, 300, 10_000);

    Report r = new QuestionValidator(graal).validate(PALINDROMES);

    assertThat(r.status()).isEqualTo(Report.Status.FAILED);
    assertThat(r.problems()).containsExactly("wrong solution 'brute force over every "
        + "substring, O(n³)' is not 5× too slow: given 25000 ms instead of 5000 ms it got "
        + "PASSED after 10000 ms of CPU (2.0× the limit); make the stress case larger");
    assertThat(r.margins()).singleElement().satisfies(m -> {
      assertThat(m.wrongFair()).isFalse();
      assertThat(m.wrongMillis()).isEqualTo(10_000);
      assertThat(m.describe()).endsWith("wrong solution > 5×: no (finished in 10000 ms, 2.0× "
          + "the limit)");
    });
  }

  @Test
  void aReferenceUsingMoreThanAFifthOfTheLimitIsRejectedOnTheBackendWhereItDoes() {
    // 1.5 s of a 5 s limit on GraalPy; CPython runs it in 0.15 s of its 1.25 s
    CostModel graal = new CostModel("graalpy", 1.0, 1.0, 1500, 30_000);
    CostModel cpython = new CostModel("cpython", 0.25, 0.1, 1500, 80_000);

    Report r = new QuestionValidator(new RoutingRunner(List.of(graal, cpython)))
        .validate(PALINDROMES);

    assertThat(r.status()).isEqualTo(Report.Status.FAILED);
    assertThat(r.problems()).containsExactly("on graalpy: the reference solution used 1500 ms of "
        + "CPU, more than a fifth of the 5000 ms limit (1000 ms): an honest answer a little "
        + "slower than it would time out; make the stress case smaller or raise limits.time_ms");
    assertThat(r.margins()).extracting(PerformanceMargin::referenceFair)
        .containsExactly(false, true);
  }

  @Test
  void theFiveTimesProbeRunsOnlyOnTheBackendsAskedFor() {
    CostModel graal = new CostModel("graalpy", 1.0, 1.0, 300, 30_000);
    CostModel cpython = new CostModel("cpython", 0.25, 0.3, 300, 30_000);

    Report r = validatePalindromes(graal, cpython, Set.of("cpython"), null);

    assertThat(r.status()).as(r.problems().toString()).isEqualTo(Report.Status.PASSED);
    assertThat(r.margins().get(0).probed()).isFalse();
    assertThat(r.margins().get(0).describe()).endsWith("wrong solution > 5×: not probed");
    assertThat(r.margins().get(1).wrongFair()).isTrue();
    assertThat(graal.requests).hasSize(7);
    assertThat(cpython.requests).hasSize(8);
  }

  @Test
  void whereOnlySpeedIsProvenTheBackendRunsTheReferenceAndTheSlowAnswerAlone() {
    CostModel graal = new CostModel("graalpy", 1.0, 1.0, 300, 30_000);
    CostModel cpython = new CostModel("cpython", 0.25, 0.3, 300, 30_000);

    Report r = validatePalindromes(graal, cpython, Set.of("cpython"), Set.of("cpython"));

    assertThat(r.status()).as(r.problems().toString()).isEqualTo(Report.Status.PASSED);
    assertThat(r.margins()).extracting(PerformanceMargin::backend)
        .containsExactly("graalpy", "cpython");
    assertThat(graal.requests).extracting(RunRequest::source)
        .containsExactly(PALINDROMES.solution(), SLOW);
    assertThat(cpython.requests).hasSize(8);
  }

  @Test
  void aSlowAnswerThatPassesIsCaughtWhereOnlySpeedIsProven() {
    // GraalPy runs the slow answer 100 times faster than its limit allows for: it passes there
    CostModel graal = new CostModel("graalpy", 1.0, 0.01, 300, 30_000);
    CostModel cpython = new CostModel("cpython", 0.25, 0.3, 300, 30_000);

    Report r = validatePalindromes(graal, cpython, Set.of("cpython"), Set.of("cpython"));

    assertThat(r.status()).isEqualTo(Report.Status.FAILED);
    assertThat(r.problems()).anySatisfy(p -> assertThat(p).startsWith("on graalpy: wrong solution")
        .contains("should get TIMEOUT but got PASSED"));
  }

  /** PALINDROMES proven on GraalPy and CPython, probed and fully proven where asked. */
  private static Report validatePalindromes(CostModel graal, CostModel cpython,
      Set<String> probedBackends, Set<String> verdictBackends) {
    return new QuestionValidator(new RoutingRunner(List.of(graal, cpython)), probedBackends,
        verdictBackends).validate(PALINDROMES);
  }

  @Test
  void nearTheOneSecondFloorTheProbeStillGetsFiveTimesTheLimitThatApplied() {
    // A 2 s question on a backend of factor 0.2 gets the 1 s floor, not 0.4 s; five times the
    // question's limit (10 s) scales to only 2 s there, so the probe asks again for 25 s (5 s).
    Question twoSeconds = withLimit(PALINDROMES, 2000);
    CostModel cpython = new CostModel("cpython", 0.2, 0.2, 300, 20_000);

    Report r = new QuestionValidator(cpython).validate(twoSeconds);

    assertThat(r.status()).as(r.problems().toString()).isEqualTo(Report.Status.FAILED);
    PerformanceMargin m = r.margins().get(0);
    assertThat(m.limitMillis()).isEqualTo(1000);
    assertThat(m.probeLimitMillis()).isEqualTo(5000);
    // its 4 s finish within the corrected probe: only 4× the limit that applied
    assertThat(m.wrongMillis()).isEqualTo(4000);
    assertThat(r.problems()).singleElement().asString().contains("4.0× the limit");
  }

  @Test
  void aSlowAnswerThatPassesOnOneBackendFailsTheQuestionNamingThatBackend() {
    // CPython's limit is scaled by 0.5 (2.5 s), but this slow answer runs 20× faster than on
    // the reference machine there: 30 s becomes 1.5 s, under the limit.
    CostModel graal = new CostModel("graalpy", 1.0, 1.0, 300, 30_000);
    CostModel cpython = new CostModel("cpython", 0.5, 0.05, 300, 30_000);

    Report r = new QuestionValidator(new RoutingRunner(List.of(graal, cpython)))
        .validate(PALINDROMES);

    assertThat(r.status()).isEqualTo(Report.Status.FAILED);
    assertThat(r.problems()).singleElement().asString()
        .startsWith("on cpython: wrong solution 'brute force over every substring, O(n³)' "
            + "should get TIMEOUT but got PASSED");
    assertThat(r.margins()).extracting(PerformanceMargin::backend).containsExactly("graalpy");
  }

  @Test
  void aQuestionWithoutThePerformanceTagIsProvenOnlyWhereItIsRouted() {
    CostModel graal = new CostModel("graalpy", 1.0, 1.0, 300, 12_000);
    CostModel cpython = new CostModel("cpython", 0.25, 0.25, 300, 12_000);
    Question plain = Questions.get("double-all");
    assertThat(plain.performance()).isFalse();

    Report r = new QuestionValidator(new RoutingRunner(List.of(graal, cpython))).validate(plain);

    assertThat(r.margins()).isEmpty();
    assertThat(cpython.requests).isEmpty();
    assertThat(graal.requests).isNotEmpty();
  }

  private static Question withLimit(Question q, int millis) {
    return new Question(q.id(), q.title(), q.level(), q.topic(), q.kind(), q.source(),
        q.guideNumber(), q.prompt(), q.starter(), q.tests(), q.constraints(), q.hints(),
        q.explanation(), q.solution(), q.wrongSolutions(), q.requires(),
        new Question.QuestionLimits(millis), q.tags(), q.options(), q.snippet(), q.expectedOutput(),
        q.wrongAnswers());
  }

  /**
   * A backend whose limits are scaled by {@code limitFactor} (with the runner's 1 s floor) and
   * which runs code {@code speed} times as long as the reference machine. The palindromes
   * question's reference costs {@code referenceMillis} there, its slow answer
   * {@code slowMillis}; the other wrong answers fail.
   */
  private static final class CostModel implements Runner {
    final List<RunRequest> requests = new CopyOnWriteArrayList<>();
    private final String name;
    private final double limitFactor;
    private final double speed;
    private final long referenceMillis;
    private final long slowMillis;

    CostModel(String name, double limitFactor, double speed, long referenceMillis,
        long slowMillis) {
      this.referenceMillis = referenceMillis;
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
        cost = Math.round(referenceMillis * speed);
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
