package dailypy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dailypy.cli.config.ConfigException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WiringTest {

  @Test
  void runnerKeysBecomePoolSettingsAndLimits() {
    AppConfig c = AppConfig.parse(
        "runner:\n  workers: 3\n  heap_mb: 512\n  queue_capacity: 10\n  wall_time_ms: 2500\n  output_kb: 8\n", "t.yaml");
    var pool = Wiring.poolConfig(c.runner());
    assertThat(pool.workers()).isEqualTo(3);
    assertThat(pool.heapMb()).isEqualTo(512);
    assertThat(pool.queueCapacity()).isEqualTo(10);
    var limits = Wiring.limits(c.runner());
    assertThat(limits.wallTime()).isEqualTo(Duration.ofMillis(2500));
    assertThat(limits.outputBytes()).isEqualTo(8 * 1024);
  }

  @Test
  void aBackendThisBuildCannotStartIsAClearError() {
    AppConfig c = AppConfig.parse("runner:\n  backends: [cpython]\n", "t.yaml");
    assertThatThrownBy(() -> Wiring.runner(c.runner())).isInstanceOf(ConfigException.class)
        .hasMessageContaining("only start the graalpy backend");
  }
}
