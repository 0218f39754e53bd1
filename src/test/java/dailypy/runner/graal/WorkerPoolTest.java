package dailypy.runner.graal;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.Limits;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.TestSpec;
import dailypy.verdict.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The pool under load: results match their requests, and a full queue answers BUSY. */
class WorkerPoolTest {

  static TestSpec answerIs(int n) {
    return new TestSpec.Cases(List.of(new TestSpec.Case(null, "answer()", Integer.toString(n),
        null, false, false, 1e-9)));
  }

  @Test
  void manyConcurrentSubmissionsEachGetTheirOwnResult() throws Exception {
    Runner runner = SharedPool.runner();
    int count = 40;
    ExecutorService callers = Executors.newFixedThreadPool(count);
    try {
      List<Future<RunResult>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        // Odd submissions are wrong on purpose: a mix-up would turn a pass into a fail.
        String source = "def answer():\n    print('I am " + n + "')\n    return "
            + (n % 2 == 0 ? n : n + 1000) + "\n";
        futures.add(callers.submit(() -> runner.run(RunRequest.of(source, answerIs(n)))));
      }
      for (int i = 0; i < count; i++) {
        RunResult result = futures.get(i).get(120, TimeUnit.SECONDS);
        assertThat(result.verdict()).as("submission " + i)
            .isEqualTo(i % 2 == 0 ? Verdict.PASSED : Verdict.FAILED);
        assertThat(result.tests().get(0).output()).isEqualTo("I am " + i + "\n");
      }
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void aFullQueueAnswersBusyAtOnceAndNothingIsLost() throws Exception {
    PoolConfig config = PoolConfig.defaults().withWorkers(1).withQueueCapacity(1);
    try (Runner runner = GraalRunner.start(config)) {
      RunRequest slow = new RunRequest("import time\ndef answer():\n    time.sleep(1.5)\n"
          + "    return 1\n", answerIs(1), List.of(),
          Limits.DEFAULT.withCpuTime(Duration.ofSeconds(4)), Set.of());
      ExecutorService callers = Executors.newFixedThreadPool(4);
      try {
        // Warm the expected-value cache so every later call is a single pool job.
        assertThat(runner.run(slow).verdict()).isEqualTo(Verdict.PASSED);
        List<Future<RunResult>> futures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          futures.add(callers.submit(() -> runner.run(slow)));
          Thread.sleep(150);
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (Future<RunResult> f : futures) {
          verdicts.add(f.get(60, TimeUnit.SECONDS).verdict());
        }
        assertThat(verdicts).contains(Verdict.BUSY);
        assertThat(verdicts).filteredOn(v -> v != Verdict.BUSY).allMatch(v -> v == Verdict.PASSED)
            .hasSizeGreaterThanOrEqualTo(2);
      } finally {
        callers.shutdownNow();
      }
    }
  }
}
