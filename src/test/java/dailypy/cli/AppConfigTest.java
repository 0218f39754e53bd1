package dailypy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dailypy.cli.config.ConfigException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppConfigTest {

  @Test
  void theExampleFileParsesToTheDefaults() {
    AppConfig example = AppConfig.load(Path.of("config", "tutor.example.yaml"));
    assertThat(example).isEqualTo(AppConfig.defaults());
    assertThat(example.runner().workers()).isEqualTo(2);
    assertThat(example.runner().heapMb()).isEqualTo(256);
    assertThat(example.runner().backends()).containsExactly("graalpy", "cpython");
    assertThat(example.discord().messageContent()).isTrue();
    assertThat(example.progress().database()).isEqualTo("data/tutor.db");
  }

  @Test
  void missingKeysTakeDefaults() {
    AppConfig c = AppConfig.parse("runner:\n  workers: 4\ndiscord:\n  message_content: false\n", "t.yaml");
    assertThat(c.runner().workers()).isEqualTo(4);
    assertThat(c.runner().wallTimeMs()).isEqualTo(5000);
    assertThat(c.discord().messageContent()).isFalse();
    assertThat(c.discord().restUrl()).isEqualTo("https://discord.com/api/v10/");
    assertThat(AppConfig.parse("", "t.yaml")).isEqualTo(AppConfig.defaults());
    assertThat(AppConfig.parse("runner:\n  backends: [cpython]\n", "t.yaml").runner().backends())
        .isEqualTo(List.of("cpython"));
  }

  @Test
  void anUnknownKeyNamesTheKeyAndLine() {
    assertThatThrownBy(() -> AppConfig.parse("runner:\n  workers: 2\n  heap: 512\n", "tutor.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("tutor.yaml:3")
        .hasMessageContaining("unknown key 'runner.heap'")
        .hasMessageContaining("heap_mb");
    assertThatThrownBy(() -> AppConfig.parse("token: abc\n", "tutor.yaml"))
        .hasMessageContaining("unknown key 'token'");
  }

  @Test
  void badValuesAreRefusedClearly() {
    assertThatThrownBy(() -> AppConfig.parse("runner:\n  workers: lots\n", "tutor.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("tutor.yaml:2").hasMessageContaining("runner.workers");
    assertThatThrownBy(() -> AppConfig.parse("runner:\n  workers: 0\n", "tutor.yaml"))
        .hasMessageContaining("runner.workers must be between 1 and 64, got 0");
    assertThatThrownBy(() -> AppConfig.parse("runner:\n  backends: [jython]\n", "tutor.yaml"))
        .hasMessageContaining("unknown backend 'jython'");
    assertThatThrownBy(() -> AppConfig.parse("discord:\n  gateway_url: http://x\n", "tutor.yaml"))
        .hasMessageContaining("discord.gateway_url must start with ws:// or wss://");
    assertThatThrownBy(() -> AppConfig.parse("runner: [\n", "tutor.yaml"))
        .hasMessageContaining("tutor.yaml");
  }

  @Test
  void aMissingNonDefaultFileIsAnError() {
    assertThatThrownBy(() -> AppConfig.load(Path.of("no", "such.yaml"))).hasMessageContaining("no such config file");
  }
}
