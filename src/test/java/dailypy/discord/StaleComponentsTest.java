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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Buttons and forms live on in Discord after the bot changes: an id the bot does not know, or
 * knows in another version, and a kind of component it no longer makes (a select menu) get a
 * polite private "out of date" answer at once (never "This interaction
 * failed"), while a quiz button from before versioned ids still answers the quiz.
 */
class StaleComponentsTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Test
  void unknownAndOutdatedIdsGetAPoliteAnswerAndAnOldQuizButtonStillWorks() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    InMemoryProgress progress = new InMemoryProgress(clock);
    try (FakeDiscord discord = new FakeDiscord()) {
      progress.saveSettings(new GuildSettings(discord.guildId, discord.channelId, Set.of(Level.INTERMEDIATE),
          LocalTime.of(9, 0), ZoneId.of("UTC"), null, false, false));
      DiscordOptions options = new DiscordOptions(discord.restBaseUrl(), discord.gatewayUrl(), true, 1,
          Duration.ZERO, Duration.ofHours(1))
        // the result is the answer's first message here; the "Grading…" line is BotMessagesTest's
        .withProgressAfter(Duration.ofHours(1));
      try (DiscordBot bot = DiscordBot.start("fake-token", options,
          new App(new SampleQuestions(), new MarkerGrader(), progress, clock))) {
        long quiz = progress.awaitPosted(discord.guildId, Level.INTERMEDIATE, LocalDate.of(2026, 11, 23));

        assertPolite(discord, discord.buttonPress(discord.alice, discord.channelId, quiz, "nonsense:v1:x"),
            "This button is out of date");
        assertPolite(discord, discord.buttonPress(discord.alice, discord.channelId, quiz, "Not an id at all"),
            "This button is out of date");
        assertPolite(discord, discord.buttonPress(discord.alice, discord.channelId, quiz, "forget:confirm"),
            "This button is out of date");
        assertPolite(discord, discord.buttonPress(discord.alice, discord.channelId, quiz,
            "explain:v9:list-aliasing-quiz"), "This button is out of date");
        assertPolite(discord, discord.buttonPress(discord.alice, discord.channelId, quiz,
            "quiz:v1:list-aliasing-quiz:notanumber"), "This button is out of date");
        assertPolite(discord, discord.modalSubmit(discord.alice, discord.channelId, "submit:v7:add-two-numbers",
            Map.of("code", "def add(a, b):\n    return a + b\n")), "This form is out of date");
        assertPolite(discord, discord.modalSubmit(discord.alice, discord.channelId, "nonsense",
            Map.of("code", "x")), "This form is out of date");
        assertPolite(discord, discord.selectMenu(discord.alice, discord.channelId, quiz, "level:v1", "basic"),
            "This menu is out of date");
        assertThat(progress.submissions).as("nothing stale was graded or recorded").isEmpty();

        int mark = discord.mark();
        long old = discord.buttonPress(discord.alice, discord.channelId, quiz, "quiz:list-aliasing-quiz:1");
        assertThat(discord.awaitCallback(mark, old).text("/type")).isEqualTo("5");
        RecordedCall answer = discord.awaitHookReply(mark, old, WAIT);
        assertThat(answer.text("/content")).contains("Correct");
      }
    }
  }

  private static void assertPolite(FakeDiscord discord, long interaction, String text) throws InterruptedException {
    RecordedCall reply = discord.awaitCallback(0, interaction);
    assertThat(reply.text("/type")).as("a reply, at once").isEqualTo("4");
    assertThat(reply.body().at("/data/flags").asInt() & 64).as("private").isEqualTo(64);
    assertThat(reply.text("/data/content")).startsWith(text).contains("Run the command again")
        .doesNotContain("Something went wrong");
  }
}
