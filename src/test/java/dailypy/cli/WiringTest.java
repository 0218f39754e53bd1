package dailypy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dailypy.cli.config.ConfigException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WiringTest {

  @Test
  void configKeysBecomePoolAndBotSettings() {
    AppConfig c = AppConfig.parse(
        "runner:\n  workers: 3\n  heap_mb: 512\n  queue_capacity: 10\n  wall_time_ms: 2500\n  output_kb: 8\n", "t.yaml");
    var pool = Wiring.poolConfig(c.runner());
    assertThat(pool.workers()).isEqualTo(3);
    assertThat(pool.heapMb()).isEqualTo(512);
    assertThat(pool.queueCapacity()).isEqualTo(10);
    var discord = Wiring.discordOptions(AppConfig.parse("discord:\n  cooldown_seconds: 9\n  message_content: false\n",
        "t.yaml").discord());
    assertThat(discord.cooldown()).isEqualTo(Duration.ofSeconds(9));
    assertThat(discord.messageContent()).isFalse();
  }

  @Test
  void theGraalpySandboxKeyDecidesWhetherWorkersRunInBubblewrap() {
    assertThat(Wiring.poolConfig(AppConfig.defaults().runner()).sandbox())
        .isEqualTo(dailypy.runner.graal.SandboxMode.AUTO);
    assertThat(Wiring.poolConfig(AppConfig.parse("runner:\n  graalpy:\n    sandbox: none\n",
        "t.yaml").runner()).sandbox()).isEqualTo(dailypy.runner.graal.SandboxMode.NONE);
    assertThatThrownBy(() -> AppConfig.parse("runner:\n  graalpy:\n    sandbox: docker\n",
        "t.yaml")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("runner.graalpy.sandbox must be auto, bwrap or none");
  }

  @Test
  void anEmptyQuestionFolderIsAClearError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    AppConfig c = AppConfig.parse("questions:\n  dir: " + dir + "\n", "t.yaml");
    assertThatThrownBy(() -> Wiring.bank(c.questions())).isInstanceOf(ConfigException.class)
        .hasMessageContaining("no valid questions");
  }

  @Test
  void theBotCommandRefusesToStartWithoutAToken() throws Exception {
    BotCommand command = new BotCommand();
    command.environment = name -> null;
    command.config = java.nio.file.Path.of("config", "tutor.example.yaml");
    assertThat(command.call()).isEqualTo(2);
  }

  @Test
  void theRunnerConfigSetsTheDefaultLimitsAndTheCpythonSandbox() {
    AppConfig c = AppConfig.parse("runner:\n  wall_time_ms: 2500\n  output_kb: 8\n  cpython:\n"
        + "    memory_mb: 768\n    max_processes: 32\n    allow_unsandboxed: true\n", "t.yaml");
    assertThat(c.runner().limits().cpuTime()).isEqualTo(Duration.ofMillis(2500));
    assertThat(c.runner().limits().outputBytes()).isEqualTo(8 * 1024);
    var cpython = c.runner().cpython().toConfig(c.runner().queueCapacity());
    assertThat(cpython.memoryMb()).isEqualTo(768);
    assertThat(cpython.maxProcesses()).isEqualTo(32);
    assertThat(cpython.allowUnsandboxed()).isTrue();
    assertThat(cpython.python()).isEqualTo("/usr/bin/python3");
    assertThat(AppConfig.defaults().runner().backends()).containsExactly("cpython", "graalpy");
    assertThat(AppConfig.defaults().runner().cpython().allowUnsandboxed()).isFalse();
  }

  @Test
  void aBadCpythonValueOrARepeatedBackendIsAClearError() {
    assertThatThrownBy(() -> AppConfig.parse("runner:\n  cpython:\n    memory_mb: 8\n", "t.yaml"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("runner.cpython.memory_mb");
    assertThatThrownBy(() -> AppConfig.parse("runner:\n  backends: [cpython, cpython]\n", "t.yaml"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("listed once");
  }

  @Test
  void aCpythonBackendThatCannotStartIsLeftOutWithItsReason() {
    AppConfig c = AppConfig.parse("runner:\n  backends: [cpython]\n  cpython:\n"
        + "    python: /nonexistent/python3\n", "t.yaml");
    assertThatThrownBy(() -> Wiring.runner(c.runner(), java.util.Set.of("numpy")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("no backend could start")
        .hasMessageContaining("/nonexistent/python3");
  }
}
