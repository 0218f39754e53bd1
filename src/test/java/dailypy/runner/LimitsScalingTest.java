package dailypy.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reference-machine limits become a backend's limits by its speed factor. */
class LimitsScalingTest {

  private static final Limits FIVE_SECONDS = Limits.DEFAULT;

  @Test
  void aSlowerBackendGetsProportionallyMoreCpuTimeAndWallTime() {
    Limits scaled = FIVE_SECONDS.scaled(2.5);

    assertThat(scaled.cpuTime()).isEqualTo(Duration.ofMillis(12_500));
    assertThat(scaled.wallBackstop()).isEqualTo(Duration.ofMillis(37_500));
    assertThat(scaled.outputBytes()).isEqualTo(FIVE_SECONDS.outputBytes());
    assertThat(scaled.testOutputChars()).isEqualTo(FIVE_SECONDS.testOutputChars());
  }

  @Test
  void aFasterBackendGetsLessCpuTimeButCodeThatSleepsKeepsItsWallTime() {
    Limits scaled = FIVE_SECONDS.scaled(0.3);

    assertThat(scaled.cpuTime()).isEqualTo(Duration.ofMillis(1500));
    assertThat(scaled.wallBackstop()).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void aScaledLimitStopsAtTheFloorUnlessTheReferenceLimitIsBelowIt() {
    assertThat(FIVE_SECONDS.scaled(0.05).cpuTime()).isEqualTo(Limits.SCALED_FLOOR);
    Limits tiny = FIVE_SECONDS.withCpuTime(Duration.ofMillis(400));
    assertThat(tiny.scaled(0.1).cpuTime()).isEqualTo(Duration.ofMillis(400));
    assertThat(tiny.scaled(2).cpuTime()).isEqualTo(Duration.ofMillis(800));
  }

  @Test
  void theReferenceFactorChangesNothing() {
    assertThat(FIVE_SECONDS.scaled(1.0)).isEqualTo(FIVE_SECONDS);
  }

  @Test
  void aFactorThatIsNotAPositiveNumberIsRefused() {
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> FIVE_SECONDS.scaled(bad))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aSpeedFactorScalesTheLimitsItIsGiven() {
    SpeedFactor cpython = SpeedFactor.fromRatio("cpython", 0.4, 60);

    assertThat(cpython.scale(FIVE_SECONDS.withCpuTime(Duration.ofSeconds(10))).cpuTime())
        .isEqualTo(Duration.ofSeconds(4));
  }
}
