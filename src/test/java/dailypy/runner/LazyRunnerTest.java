package dailypy.runner;

import dailypy.verdict.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One-shot commands put host CPython first and the GraalPy pool behind a lazy runner: a grading
 * CPython can do never starts the pool.
 */
class LazyRunnerTest {

  private static RunRequest stdlib() {
    return RunRequest.of("x = 1\n", new TestSpec.Script());
  }

  private static Runner named(String name, Map<String, String> packages, AtomicInteger runs) {
    return new Runner() {
      @Override
      public RunResult run(RunRequest request) {
        runs.incrementAndGet();
        return RunResult.of(Verdict.PASSED, "", name);
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public Map<String, String> packages() {
        return packages;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void aGradingTheFirstBackendCanDoNeverStartsTheLazyOne() {
    AtomicInteger starts = new AtomicInteger();
    AtomicInteger cpythonRuns = new AtomicInteger();
    LazyRunner graal = new LazyRunner("graalpy", Map.of(), () -> {
      starts.incrementAndGet();
      return named("graalpy", Map.of(), new AtomicInteger());
    });
    try (RoutingRunner oneShot = new RoutingRunner(List.of(
        named("cpython", Map.of("numpy", "1.24"), cpythonRuns), graal))) {

      RunResult r = oneShot.run(stdlib());

      assertThat(r.backend()).isEqualTo("cpython");
      assertThat(cpythonRuns).hasValue(1);
      assertThat(oneShot.ready()).isDone();
      assertThat(graal.isStarted()).isFalse();
    }
    assertThat(starts).hasValue(0);
  }

  @Test
  void theLazyBackendStartsOnceOnItsFirstGrading() {
    AtomicInteger starts = new AtomicInteger();
    AtomicInteger runs = new AtomicInteger();
    LazyRunner graal = new LazyRunner("graalpy", Map.of(), () -> {
      starts.incrementAndGet();
      return named("graalpy", Map.of(), runs);
    });

    assertThat(graal.capability(Set.of()).gradable()).isTrue();
    assertThat(graal.capability(Set.of("numpy")).gradable()).isFalse();
    graal.run(stdlib());
    graal.run(stdlib());

    assertThat(starts).hasValue(1);
    assertThat(runs).hasValue(2);
  }

  @Test
  void aClosedLazyBackendStartsNothing() {
    AtomicInteger starts = new AtomicInteger();
    LazyRunner graal = new LazyRunner("graalpy", Map.of(), () -> {
      starts.incrementAndGet();
      return named("graalpy", Map.of(), new AtomicInteger());
    });

    graal.close();

    assertThat(graal.run(stdlib()).verdict()).isEqualTo(Verdict.BUSY);
    assertThat(starts).hasValue(0);
  }
}
