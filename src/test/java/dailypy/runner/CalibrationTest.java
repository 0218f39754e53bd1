package dailypy.runner;

import dailypy.verdict.Verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The calibration's arithmetic, clamping, measurement and cache, on fake backends. */
class CalibrationTest {

  @Test
  void theFactorIsTheTimePerIterationOverTheReferenceMachines() {
    int n = 100_000;
    long referenceNanos = (long) (Calibration.REFERENCE_NANOS_PER_ITERATION * n);

    assertThat(Calibration.factor("graalpy", referenceNanos, n).factor()).isEqualTo(1.0);
    assertThat(Calibration.factor("cpython", referenceNanos / 4, n).factor()).isEqualTo(0.25);
    // measured 25 times as fast, but never cut below a fifth
    assertThat(Calibration.factor("cpython", referenceNanos / 25, n).factor())
        .isEqualTo(SpeedFactor.MIN);
    assertThat(Calibration.factor("slow", referenceNanos * 3, n).factor()).isEqualTo(3.0);
    // the same per-iteration cost over more iterations is the same speed
    assertThat(Calibration.factor("cpython", referenceNanos / 2, n / 2).factor()).isEqualTo(1.0);
    assertThat(Calibration.factor("cpython", referenceNanos / 4, n).measuredCpuMillis())
        .isEqualTo(referenceNanos / 4 / 1_000_000);
  }

  @Test
  void theFactorIsClampedToSaneBounds() {
    assertThat(SpeedFactor.fromRatio("x", 0.0001, 1).factor()).isEqualTo(SpeedFactor.MIN);
    assertThat(SpeedFactor.fromRatio("x", 500, 1).factor()).isEqualTo(SpeedFactor.MAX);
    assertThat(SpeedFactor.fromRatio("x", Double.NaN, 1).factor()).isEqualTo(SpeedFactor.MIN);
    assertThat(SpeedFactor.fromRatio("x", 0.7, 1).factor()).isEqualTo(0.7);
    // within the calibration's own noise of the reference machine: the bank's limits as written
    assertThat(SpeedFactor.fromRatio("x", 0.85, 1).factor()).isEqualTo(1.0);
    assertThat(SpeedFactor.fromRatio("x", 1.2, 1).factor()).isEqualTo(1.0);
    assertThat(SpeedFactor.fromRatio("x", 1.3, 1).factor()).isEqualTo(1.3);
    assertThatThrownBy(() -> new SpeedFactor("x", 100, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBestOfThreeRunsCountsAndEachRunsTheFixedWorkloadInAFreshInterpreter() {
    int n = 1000;
    long perRun = (long) (Calibration.REFERENCE_NANOS_PER_ITERATION * n);
    FakeBackend backend = new FakeBackend(List.of(perRun * 3, perRun * 2, perRun * 4));

    SpeedFactor f = Calibration.measure(backend, new Calibration.Plan(n, 3));

    assertThat(f.factor()).isEqualTo(2.0);
    assertThat(f.backend()).isEqualTo("fake");
    assertThat(backend.conversations).isEqualTo(3);
    assertThat(backend.messages).hasSize(3).allSatisfy(m -> assertThat(m)
        .contains("\"op\":\"load\"").contains("calibrate(1000)").contains("\"style\":\"script\""));
  }

  @Test
  void aWorkloadThatNeverCompletesIsAFailedCalibrationNotAFactor() {
    HarnessBackend busy = new FakeBackend(List.of()) {
      @Override
      public <T> T converse(Limits limits, Conversation<T> conversation) {
        return conversation.run(new RefusedChannel(HarnessReply.Stopped.of(Verdict.BUSY, "full")));
      }
    };

    assertThatThrownBy(() -> Calibration.measure(busy, new Calibration.Plan(10, 2)))
        .hasMessageContaining("did not run").hasMessageContaining("BUSY");
  }

  @Test
  void aBackendIsMeasuredOncePerProcessAndKey() throws Exception {
    String key = "test:" + UUID.randomUUID();
    AtomicInteger measured = new AtomicInteger();

    SpeedFactor first = Calibration.cached(key, "fake", () -> {
      measured.incrementAndGet();
      return SpeedFactor.fromRatio("fake", 0.5, 10);
    }).get(10, TimeUnit.SECONDS);
    SpeedFactor second = Calibration.cached(key, "fake", () -> {
      measured.incrementAndGet();
      return SpeedFactor.fromRatio("fake", 9, 10);
    }).get(10, TimeUnit.SECONDS);

    assertThat(measured).hasValue(1);
    assertThat(second).isEqualTo(first);
    assertThat(second.factor()).isEqualTo(0.5);
  }

  @Test
  void aFailedCalibrationGradesWithUnscaledLimitsAndIsTriedAgainNextTime() throws Exception {
    String key = "test:" + UUID.randomUUID();

    SpeedFactor failed = Calibration.cached(key, "fake", () -> {
      throw new IllegalStateException("no interpreter");
    }).get(10, TimeUnit.SECONDS);
    SpeedFactor retried = Calibration.cached(key, "fake",
        () -> SpeedFactor.fromRatio("fake", 0.25, 10)).get(10, TimeUnit.SECONDS);

    assertThat(failed.factor()).isEqualTo(1.0);
    assertThat(retried.factor()).isEqualTo(0.25);
  }

  /**
   * Answers every load with "ok" and reports the next of the given CPU times; one conversation
   * at a time (the calibration runs its runs at once).
   */
  private static class FakeBackend implements HarnessBackend {
    final List<String> messages = new ArrayList<>();
    int conversations;
    private final Iterator<Long> cpu;

    FakeBackend(List<Long> cpuNanos) {
      this.cpu = cpuNanos.iterator();
    }

    @Override
    public synchronized <T> T converse(Limits limits, Conversation<T> conversation) {
      conversations++;
      long nanos = cpu.next();
      return conversation.run(new HarnessChannel() {
        @Override
        public HarnessReply send(String messageJson) {
          messages.add(messageJson);
          return new HarnessReply.Completed("{\"status\":\"ok\",\"output\":\"\"}");
        }

        @Override
        public void restart() {}

        @Override
        public long cpuNanos() {
          return nanos;
        }
      });
    }

    @Override
    public String name() {
      return "fake";
    }

    @Override
    public void close() {}
  }
}
