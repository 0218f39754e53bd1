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
    assertThat(example.runner().backends()).containsExactly("cpython", "graalpy");
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
  void everyKeyReachesItsSetting() {
    AppConfig c = AppConfig.parse("""
        discord:
          rest_url: http://127.0.0.1:9/api/
          gateway_url: ws://127.0.0.1:9/
          message_content: false
          grading_threads: 3
          cooldown_seconds: 7
          scheduler_interval_seconds: 11
          shutdown_grace_seconds: 13
          posts_per_second: 4.5
        runner:
          workers: 5
          heap_mb: 300
          wall_time_ms: 4000
          output_kb: 32
          queue_capacity: 9
          backends: [graalpy]
          graalpy:
            sandbox: none
          cpython:
            python: /opt/python3
            bwrap: /opt/bwrap
            memory_mb: 700
            max_processes: 20
            file_size_mb: 2
            tmpfs_mb: 24
            max_parallel: 3
            allow_unsandboxed: true
            prestarted: 1
        questions:
          dir: bank
        progress:
          database: other.db
          grading_queue: false
        """, "t.yaml");
    AppConfig.Discord d = c.discord();
    assertThat(List.of(d.restUrl(), d.gatewayUrl(), d.messageContent(), d.gradingThreads(), d.cooldownSeconds(),
        d.schedulerIntervalSeconds(), d.shutdownGraceSeconds(), d.postsPerSecond()))
        .containsExactly("http://127.0.0.1:9/api/", "ws://127.0.0.1:9/", false, 3, 7, 11, 13, 4.5);
    AppConfig.Runner r = c.runner();
    assertThat(List.of(r.workers(), r.heapMb(), r.wallTimeMs(), r.outputKb(), r.queueCapacity(), r.backends(),
        r.graalpy().sandbox())).containsExactly(5, 300, 4000, 32, 9, List.of("graalpy"), "none");
    AppConfig.Cpython p = r.cpython();
    assertThat(List.of(p.python(), p.bwrap(), p.memoryMb(), p.maxProcesses(), p.fileSizeMb(), p.tmpfsMb(),
        p.maxParallel(), p.allowUnsandboxed(), p.prestarted()))
        .containsExactly("/opt/python3", "/opt/bwrap", 700, 20, 2, 24, 3, true, 1);
    assertThat(c.questions().dir()).isEqualTo("bank");
    assertThat(c.progress().database()).isEqualTo("other.db");
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
  void shardsNameTheTotalAndThisProcesssRange() {
    AppConfig c = AppConfig.parse("discord:\n  shards:\n    total: 4\n    ids: 2-3\n", "t.yaml");
    assertThat(c.discord().shards().shardRange().idList()).containsExactly(2, 3);
    assertThat(Wiring.discordOptions(c.discord()).postRate()).as("half the shards, half the fan-out budget")
        .isEqualTo(20.0);
    assertThat(AppConfig.defaults().discord().shards().shardRange()).isEqualTo(dailypy.discord.ShardRange.SINGLE);
    assertThat(Wiring.discordOptions(AppConfig.parse("discord:\n  posts_per_second: 12.5\n", "t.yaml").discord())
        .postRate()).isEqualTo(12.5);
    assertThatThrownBy(() -> AppConfig.parse("discord:\n  shards:\n    total: 2\n    ids: 0-2\n", "tutor.yaml"))
        .hasMessageContaining("discord.shards.ids").hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> AppConfig.parse("discord:\n  shards:\n    total: 0\n", "tutor.yaml"))
        .hasMessageContaining("discord.shards.total");
    assertThatThrownBy(() -> AppConfig.parse("discord:\n  posts_per_second: 80\n", "tutor.yaml"))
        .hasMessageContaining("discord.posts_per_second").hasMessageContaining("global");
  }

  @Test
  void aMissingNonDefaultFileIsAnError() {
    assertThatThrownBy(() -> AppConfig.load(Path.of("no", "such.yaml"))).hasMessageContaining("no such config file");
  }

  @Test
  void aBadValueIsReportedAtTheLineOfItsKey() {
    assertThatThrownBy(() -> AppConfig.parse("runner:\n  workers: -1\n", "tutor.yaml"))
        .hasMessage("tutor.yaml:2: runner.workers must be between 1 and 64, got -1");
    assertThatThrownBy(() -> AppConfig.parse("runner:\n  workers: 2\n\n  # memory\n  heap_mb: 10\n",
        "tutor.yaml"))
        .hasMessage("tutor.yaml:5: runner.heap_mb must be between 64 and 16384, got 10");
    assertThatThrownBy(() -> AppConfig.parse("runner:\n  cpython:\n    memory_mb: 1\n", "t.yaml"))
        .hasMessage("t.yaml:3: runner.cpython.memory_mb must be between 64 and 65536, got 1");
  }

  @Test
  void aValueOfTheWrongKindIsSaidInPlainWords() {
    assertThatThrownBy(() -> AppConfig.parse("runner:\n  workers: two\n", "tutor.yaml"))
        .hasMessage("tutor.yaml:2: runner.workers must be a whole number, got \"two\"");
    assertThatThrownBy(() -> AppConfig.parse("runner:\n  workers: 2.5\n", "tutor.yaml"))
        .hasMessage("tutor.yaml:2: runner.workers must be a whole number, got 2.5");
    assertThatThrownBy(() -> AppConfig.parse("discord:\n  message_content: maybe\n", "tutor.yaml"))
        .hasMessage("tutor.yaml:2: discord.message_content must be true or false, got \"maybe\"");
    assertThatThrownBy(() -> AppConfig.parse("runner:\n  backends: graalpy\n", "tutor.yaml"))
        .hasMessage("tutor.yaml:2: runner.backends must be a list, such as [graalpy, cpython], "
            + "got \"graalpy\"");
    assertThatThrownBy(() -> AppConfig.parse("runner: 5\n", "tutor.yaml"))
        .hasMessage("tutor.yaml:1: runner must be a section of keys, got 5");
    assertThatThrownBy(() -> AppConfig.parse("- a\n- b\n", "tutor.yaml"))
        .hasMessage("tutor.yaml:1: the config must be keys such as runner: and discord:, not a list");
  }

  @Test
  void aYamlSyntaxErrorGivesLineColumnAndAPlainReason() {
    assertThatThrownBy(() -> AppConfig.parse("runner:\n\tworkers: 2\n", "tutor.yaml"))
        .hasMessage("tutor.yaml:2:1: not valid YAML: a tab where YAML expects spaces; indent "
            + "with spaces");
    assertThatThrownBy(() -> AppConfig.parse("runner:\n  workers: 2\n   heap_mb: 3\n", "tutor.yaml"))
        .hasMessageStartingWith("tutor.yaml:3:11: not valid YAML: mapping values are not allowed here");
    assertThatThrownBy(() -> AppConfig.parse("progress:\n  database: 'data/x.db\n", "tutor.yaml"))
        .hasMessage("tutor.yaml:2:13: not valid YAML: the quote that starts here is never closed");
    assertThatThrownBy(() -> AppConfig.parse("runner: [\n", "tutor.yaml"))
        .hasMessageStartingWith("tutor.yaml:2:1: not valid YAML: the file ends in the middle");
  }

  @Test
  void aKeyWrittenTwiceIsRefused() {
    assertThatThrownBy(() -> AppConfig.parse("runner:\n  workers: 2\n  workers: 3\n", "tutor.yaml"))
        .hasMessage("tutor.yaml:3:10: the key 'workers' appears twice in the same section; keep one");
    assertThatThrownBy(() -> AppConfig.parse("runner:\n  workers: 2\nrunner:\n  heap_mb: 512\n",
        "tutor.yaml"))
        .hasMessageStartingWith("tutor.yaml:3:").hasMessageContaining("'runner' appears twice");
  }

  @Test
  void noMessageSpeaksJackson() {
    for (String yaml : List.of("runner:\n  workers: two\n", "runner:\n  workers: 99999999999\n",
        "runner: 5\n", "runner:\n  backends: {a: 1}\n", "discord:\n  cooldown_seconds: [1]\n")) {
      assertThatThrownBy(() -> AppConfig.parse(yaml, "tutor.yaml"))
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith("tutor.yaml:")
          .hasMessageNotContainingAny("java.", "Cannot coerce", "CoercionConfig", "Integer",
              "MismatchedInput", "\n");
    }
  }
}
