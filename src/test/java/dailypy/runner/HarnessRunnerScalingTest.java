package dailypy.runner;

import dailypy.verdict.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The runner hands its backend the request's reference-machine limits scaled by the backend's
 * speed factor, waits for that factor, and reports the backend's user CPU time (not the time it
 * took to get an interpreter) and the limit that applied.
 */
class HarnessRunnerScalingTest {

  private static RunRequest script(Duration cpu) {
    return new RunRequest("print('hi')\n", new TestSpec.Script(), List.of(),
        Limits.DEFAULT.withCpuTime(cpu), Set.of());
  }

  @Test
  void theBackendGetsTheScaledLimitAndTheResultSaysWhichApplied() {
    RecordingBackend backend = new RecordingBackend(7_000_000, 0);
    HarnessRunner runner = new HarnessRunner(backend, backend, Map.of(),
        CompletableFuture.completedFuture(SpeedFactor.fromRatio("cpython", 0.4, 60)));

    RunResult r = runner.run(script(Duration.ofSeconds(5)));

    assertThat(backend.limits).singleElement().satisfies(l -> {
      assertThat(l.cpuTime()).isEqualTo(Duration.ofSeconds(2));
      assertThat(l.wallBackstop()).isEqualTo(Duration.ofSeconds(15));
    });
    assertThat(backend.loadMessages).singleElement().asString().contains("\"output_limit\":65536");
    assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
    assertThat(r.cpuLimitMillis()).isEqualTo(2000);
    assertThat(r.gradedBy()).isEqualTo("CPython · limit 2 s CPU");
  }

  @Test
  void theDurationIsTheUsersCpuTimeNotTheColdStartOfTheInterpreter() {
    // The backend takes 300 ms to hand out an interpreter (a cold start); the code used 7 ms.
    RecordingBackend backend = new RecordingBackend(7_000_000, 300);
    HarnessRunner runner = new HarnessRunner(backend, backend, Map.of());

    RunResult r = runner.run(script(Duration.ofSeconds(5)));

    assertThat(r.durationMillis()).isEqualTo(7);
    assertThat(r.cpuLimitMillis()).isEqualTo(5000);
  }

  @Test
  void gradingsWaitForTheCalibrationAndReadinessFollowsIt() throws Exception {
    RecordingBackend backend = new RecordingBackend(1_000_000, 0);
    CompletableFuture<SpeedFactor> speed = new CompletableFuture<>();
    HarnessRunner runner = new HarnessRunner(backend, backend, Map.of(), speed);
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try {
      Future<RunResult> pending = caller.submit(() -> runner.run(script(Duration.ofSeconds(5))));

      assertThat(runner.ready()).isNotDone();
      assertThat(pending.isDone()).isFalse();
      assertThat(backend.limits).isEmpty();

      speed.complete(SpeedFactor.fromRatio("graalpy", 1.5, 1200));

      assertThat(pending.get(10, TimeUnit.SECONDS).cpuLimitMillis()).isEqualTo(7500);
      assertThat(runner.ready()).isDone();
    } finally {
      caller.shutdownNow();
    }
  }

  @Test
  void aResultWhereNothingRanHasNoLimit() {
    HarnessBackend full = new RecordingBackend(0, 0) {
      @Override
      public <T> T converse(Limits limits, Conversation<T> conversation) {
        return conversation.run(new RefusedChannel(HarnessReply.Stopped.of(Verdict.BUSY, "full")));
      }
    };
    HarnessRunner runner = new HarnessRunner(full, full, Map.of());

    RunResult r = runner.run(script(Duration.ofSeconds(5)));

    assertThat(r.verdict()).isEqualTo(Verdict.BUSY);
    assertThat(r.cpuLimitMillis()).isZero();
  }

  /** Records the limits of each conversation; the harness answers "ok" to everything. */
  private static class RecordingBackend implements HarnessBackend {
    final List<Limits> limits = new CopyOnWriteArrayList<>();
    final List<String> loadMessages = new CopyOnWriteArrayList<>();
    private final long cpuNanos;
    private final long startMillis;

    RecordingBackend(long cpuNanos, long startMillis) {
      this.cpuNanos = cpuNanos;
      this.startMillis = startMillis;
    }

    @Override
    public <T> T converse(Limits given, Conversation<T> conversation) {
      limits.add(given);
      try {
        Thread.sleep(startMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return conversation.run(new HarnessChannel() {
        @Override
        public HarnessReply send(String messageJson) {
          if (messageJson.contains("\"op\":\"load\"")) {
            loadMessages.add(messageJson);
          }
          java.util.regex.Matcher nonce = java.util.regex.Pattern
              .compile("\"nonce\":\"([0-9a-f]*)\"").matcher(messageJson);
          return new HarnessReply.Completed("{\"status\":\"ok\",\"output\":\"\",\"nonce\":\""
              + (nonce.find() ? nonce.group(1) : "") + "\"}");
        }

        @Override
        public void restart() {}

        @Override
        public long cpuNanos() {
          return cpuNanos;
        }
      });
    }

    @Override
    public String name() {
      return "cpython";
    }

    @Override
    public void close() {}
  }
}
