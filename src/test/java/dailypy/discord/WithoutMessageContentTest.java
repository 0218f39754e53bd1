package dailypy.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.app.App;
import dailypy.discord.fake.FakeDiscord;
import dailypy.discord.fake.RecordedCall;
import dailypy.discord.support.InMemoryProgress;
import dailypy.discord.support.MarkerGrader;
import dailypy.discord.support.SampleQuestions;
import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import dailypy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** With the MESSAGE_CONTENT switch off the bot does not ask for the intent and grades only through /submit. */
class WithoutMessageContentTest {

  @Test
  void repliesAreNotGradedButSubmitStillWorks() throws Exception {
    try (FakeDiscord discord = new FakeDiscord()) {
      MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
      InMemoryProgress progress = new InMemoryProgress(clock);
      progress.saveSettings(new GuildSettings(discord.guildId, discord.channelId, Set.of(Level.BASIC),
          LocalTime.of(6, 0), ZoneId.of("UTC"), null, true, false));
      DiscordOptions options = new DiscordOptions(discord.restBaseUrl(), discord.gatewayUrl(), false, 1,
          Duration.ZERO, Duration.ofHours(1))
        // the result is the answer's first message here; the "Grading…" line is BotMessagesTest's
        .withProgressAfter(Duration.ofHours(1));
      try (DiscordBot bot = DiscordBot.start("fake-token", options,
          new App(new SampleQuestions(), new MarkerGrader(), progress, clock))) {
        assertThat(discord.identifies().getFirst().path("intents").asInt() & (1 << 15)).isZero();
        RecordedCall daily = discord.awaitCall(0, c -> c.is("POST", "channels/\\d+/messages"), Duration.ofSeconds(10));
        assertThat(daily.text("/embeds/0/fields/0/value")).doesNotContain("Reply in the thread").contains("/submit");
        assertThat(daily.text("/content")).isEmpty();
        RecordedCall threadCall = discord.awaitCall(0, c -> c.is("POST", "channels/\\d+/messages/\\d+/threads"),
            Duration.ofSeconds(10));
        // the thread opened on a message has that message's id
        long thread = Long.parseUnsignedLong(threadCall.path().split("/")[3]);

        int mark = discord.mark();
        discord.userMessage(discord.alice, thread, "```python\ndef add(a, b):\n    return a + b\n```", null);
        long submit = discord.modalSubmit(discord.alice, thread, "submit:v1:add-two-numbers",
            Map.of("code", "def add(a, b):\n    return a + b\n"));
        RecordedCall result = discord.awaitCall(mark, c -> c.is("PATCH", "webhooks/\\d+/.+/messages/@original"),
            Duration.ofSeconds(10));
        assertThat(result.text("/embeds/0/description")).contains("Passed").contains("🔥 streak 1");
        assertThat(discord.callsSince(mark)).noneMatch(c -> c.is("POST", "channels/\\d+/messages"));
        assertThat(submit).isPositive();
      }
    }
  }
}
