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
    command.config = new ConfigFileOption();
    command.config.path = java.nio.file.Path.of("config", "tutor.example.yaml");
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

  @Test
  void theGraalpyPoolStartsWithTheRunnerOnlyWhenNoBackendStartedBeforeIt() {
    java.util.concurrent.atomic.AtomicInteger starts = new java.util.concurrent.atomic.AtomicInteger();
    java.util.function.Supplier<dailypy.runner.Runner> pool = () -> {
      starts.incrementAndGet();
      return new dailypy.runner.LazyRunner("graalpy", java.util.Map.of(), () -> null);
    };

    var first = Wiring.graalpyAfter(java.util.List.of(), pool);
    assertThat(starts).hasValue(1);
    assertThat(first).isNotNull();

    var behind = Wiring.graalpyAfter(java.util.List.of(first), pool);
    assertThat(starts).hasValue(1);
    assertThat(behind).isInstanceOf(dailypy.runner.LazyRunner.class);
    assertThat(((dailypy.runner.LazyRunner) behind).isStarted()).isFalse();
  }

  @Test
  void behindHostCpythonTheBotsRunnerIsReadyAndGradesWithoutStartingTheGraalpyPool()
      throws Exception {
    // python3 and bubblewrap are present where these tests run (.ci/run installs them).
    AppConfig c = AppConfig.parse("runner:\n  backends: [cpython, graalpy]\n", "t.yaml");
    try (var runner = Wiring.runner(c.runner(), java.util.Set.of())) {
      runner.ready().get(2, java.util.concurrent.TimeUnit.MINUTES);
      var result = runner.run(new dailypy.runner.RunRequest("def f():\n    return 1\n",
          new dailypy.runner.TestSpec.Cases(java.util.List.of(new dailypy.runner.TestSpec.Case(
              null, "f()", "1", null, false, false, 1e-9))), java.util.List.of(),
          dailypy.runner.Limits.DEFAULT, java.util.Set.of()));

      assertThat(result.verdict()).as(result.message()).isEqualTo(dailypy.verdict.Verdict.PASSED);
      assertThat(result.backend()).isEqualTo("cpython");
      assertThat(runner.backends()).hasSize(2);
      assertThat(runner.backends().get(1)).isInstanceOfSatisfying(dailypy.runner.LazyRunner.class,
          lazy -> assertThat(lazy.isStarted()).isFalse());
    }
  }
}
