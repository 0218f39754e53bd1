package dailypy.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.grading.QuestionValidator.Report;
import dailypy.questions.Question;
import dailypy.questions.QuestionLoader;
import dailypy.runner.RoutingRunner;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.cpython.CPythonConfig;
import dailypy.runner.cpython.CPythonRunner;
import dailypy.runner.graal.SharedPool;
import dailypy.verdict.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * `questions validate` over the whole bank, as part of the test suite, on both backends:
 * <ul>
 *   <li>every question proven in full (reference, every wrong solution's verdict, random cases
 *       alone, starter) on the sandboxed host CPython, a fresh process per run;</li>
 *   <li>every performance question proven on GraalPy too in what depends on a backend's speed:
 *       its slow answer times out and its reference passes under each backend's own limits, and
 *       it is fair: its reference uses at most a fifth of the limit on both, and its slow answer
 *       still times out with five times the limit on CPython (the fastest backend, where a slow
 *       answer comes closest; {@code questions validate} probes GraalPy too);</li>
 *   <li>every code question's reference, random cases included, passes on embedded GraalPy.</li>
 * </ul>
 * The other verdicts (the wrong solutions that are wrong rather than slow, the random cases
 * alone, the starter) are proven on GraalPy by {@code questions validate} and, for a sample, by
 * {@link VerdictsUnderLoadTest}: both backends run the same harness and Java judges both. A full
 * second pass on GraalPy took ten of the suite's seventeen minutes; with the performance
 * questions' other verdicts on GraalPy too, this test took 431 s, without them 381 s.
 * Questions needing packages neither backend here imports are skipped; the CPython backend's
 * library tests prove them.
 */
class BankValidationTest {

  @Test
  void everyQuestionInTheBankIsProvenOnBothBackends() throws Exception {
    QuestionLoader.Result loaded = QuestionLoader.load(Path.of("questions"));
    assertThat(loaded.problems()).isEmpty();
    Runner graal = SharedPool.runner();
    List<String> failures = new ArrayList<>();
    int proven = 0;
    int referencesOnGraal = 0;
    try (Runner cpython = CPythonRunner.start(CPythonConfig.defaults(), List.of()).runner()) {
      // not closed: the GraalPy pool is shared by the whole test JVM
      RoutingRunner both = new RoutingRunner(List.of(cpython, graal));
      // The 5× probe of each slow answer on CPython only: there it costs 5 s of CPU per
      // performance question (15 of them: 75 s of CPU, about 40 s on two cores; the test took
      // 385 s with it, see docs/benchmarks.md); on GraalPy it would cost 25 s each. The
      // references' fifth of the limit is checked on both.
      QuestionValidator validator =
          new QuestionValidator(both, Set.of("cpython"), Set.of("cpython"));
      for (Report r : all(loaded.bank().all(), validator::validate)) {
        if (r.status() == Report.Status.FAILED) {
          failures.add(r.question().id() + ": " + String.join("; ", r.problems()));
        } else if (r.status() == Report.Status.PASSED) {
          proven++;
          if (r.question().performance() && graal.capability(r.question().requires()).gradable()) {
            referencesOnGraal++; // its reference passed on GraalPy, under GraalPy's limit
          }
        }
      }
      // a performance question's reference already passed on GraalPy above, and was counted
      List<Question> onGraal = loaded.bank().all().stream()
          .filter(q -> q.kind().runsCode() && !q.performance()
              && graal.capability(q.requires()).gradable()).toList();
      List<RunResult> references =
          all(onGraal, q -> graal.run(RequestBuilder.forAnswer(q, q.solution())));
      for (int i = 0; i < onGraal.size(); i++) {
        RunResult r = references.get(i);
        referencesOnGraal++;
        if (r.verdict() != Verdict.PASSED) {
          failures.add(onGraal.get(i).id() + ": on graalpy the reference solution got "
              + r.verdict() + ": " + r.message());
        }
      }
    }
    assertThat(failures).as("questions that failed validation").isEmpty();
    assertThat(proven).as("questions proven in full").isGreaterThanOrEqualTo(150);
    assertThat(referencesOnGraal).as("references proven on GraalPy").isGreaterThanOrEqualTo(150);
  }

  /** Runs {@code work} for every question on a few threads; results in the bank's order. */
  private static <T> List<T> all(List<Question> questions, Work<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Question q : questions) {
        Callable<T> task = () -> work.on(q);
        futures.add(pool.submit(task));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(30, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T on(Question q) throws Exception;
  }
}
