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
  void aBackendThisBuildCannotStartIsAClearError() {
    AppConfig c = AppConfig.parse("runner:\n  backends: [cpython]\n", "t.yaml");
    assertThatThrownBy(() -> Wiring.runner(c.runner())).isInstanceOf(ConfigException.class)
        .hasMessageContaining("only start the graalpy backend");
  }
}
