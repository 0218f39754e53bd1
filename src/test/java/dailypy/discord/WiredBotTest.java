package dailypy.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.app.StoreProgress;
import dailypy.cli.AppConfig;
import dailypy.cli.Wiring;
import dailypy.discord.fake.FakeDiscord;
import dailypy.discord.fake.RecordedCall;
import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import dailypy.progress.ProgressStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot as the `bot` subcommand builds it (real bank, grader, store, runner) against the fake Discord. */
class WiredBotTest {

  @TempDir
  Path dir;

  @Test
  void theWiredBotPostsARealQuestionAndGivesAHint() throws Exception {
    Path db = dir.resolve("tutor.db");
    try (FakeDiscord discord = new FakeDiscord()) {
      try (ProgressStore store = ProgressStore.open(db, Clock.systemUTC())) {
        new StoreProgress(store).saveSettings(new GuildSettings(discord.guildId, discord.channelId,
            Set.of(Level.BASIC), LocalTime.MIDNIGHT, ZoneId.of("UTC"), null, true, false));
      }
      AppConfig config = AppConfig.parse("discord:\n  rest_url: " + discord.restBaseUrl() + "\n  gateway_url: "
          + discord.gatewayUrl() + "\nrunner:\n  workers: 1\nprogress:\n  database: " + db + "\n", "test");
      try (Wiring.Running running = Wiring.startBot(config, "fake-token")) {
        RecordedCall post = discord.awaitCall(0, c -> c.is("POST", "channels/\\d+/messages")
            && c.text("/embeds/0/footer/text").startsWith("id: "), Duration.ofSeconds(60));
        String questionId = post.text("/embeds/0/footer/text").substring(4).split(" · ")[0];
        assertThat(post.text("/embeds/0/author/name")).contains("basic");
        RecordedCall thread = discord.awaitCall(0, c -> c.is("POST", "channels/\\d+/messages/\\d+/threads"),
            Duration.ofSeconds(30));
        long threadId = Long.parseUnsignedLong(thread.path().split("/")[3]);

        int mark = discord.mark();
        long id = discord.slashCommand(discord.alice, threadId, "hint");
        RecordedCall ack = discord.awaitCall(mark, c -> c.path().endsWith("/callback"), Duration.ofSeconds(30));
        assertThat(ack.body().at("/data/flags").asInt() & 64).isEqualTo(64);
        // acknowledged at once; the hint comes through the interaction's hook
        RecordedCall hint = discord.awaitHookReply(mark, id, Duration.ofSeconds(30));
        assertThat(hint.text("/content")).contains("Hint 1/");
        assertThat(questionId).isNotBlank();
      }
    }
  }
}
