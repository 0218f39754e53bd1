package dailypy.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.app.App;
import dailypy.app.ProgressPort;
import dailypy.discord.fake.FakeDiscord;
import dailypy.discord.fake.RecordedCall;
import dailypy.discord.support.InMemoryProgress;
import dailypy.discord.support.MarkerGrader;
import dailypy.discord.support.SampleQuestions;
import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import dailypy.testing.MutableClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * With a store that hangs, every interaction that needs it is still acknowledged at once (Discord
 * allows 3 seconds), and answered through its hook once the store responds.
 */
class BusyStoreInteractionsTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  /** The store calls the interaction handlers make; they hang until the test lets them go. */
  private static final Set<String> SLOW = Set.of("leaderboard", "recordHint", "hasSolved",
      "recordQuizAnswer", "dailyPostByMessageOrThread", "forget", "recordReveal", "profile");

  private final CountDownLatch storeResponds = new CountDownLatch(1);

  private ProgressPort hangingWhileClosed(ProgressPort inner) {
    return (ProgressPort) Proxy.newProxyInstance(ProgressPort.class.getClassLoader(),
        new Class<?>[] {ProgressPort.class}, (proxy, method, args) -> {
          if (SLOW.contains(method.getName())) {
            storeResponds.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
          }
          try {
            return method.invoke(inner, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Test
  void interactionsAreAcknowledgedWhileTheStoreIsBusyAndAnsweredWhenItResponds() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    InMemoryProgress progress = new InMemoryProgress(clock);
    try (FakeDiscord discord = new FakeDiscord()) {
      progress.saveSettings(new GuildSettings(discord.guildId, discord.channelId,
          Set.of(Level.BASIC, Level.INTERMEDIATE), LocalTime.of(9, 0), ZoneId.of("UTC"), null, true, false));
      DiscordOptions options = new DiscordOptions(discord.restBaseUrl(), discord.gatewayUrl(), true, 1,
          Duration.ZERO, Duration.ofHours(1));
      try (DiscordBot bot = DiscordBot.start("fake-token-not-secret", options,
          new App(new SampleQuestions(), new MarkerGrader(), hangingWhileClosed(progress), clock))) {
        long quizMessage = progress.awaitPosted(discord.guildId, Level.INTERMEDIATE, LocalDate.of(2026, 11, 23));
        int confirmMark = discord.mark();
        long fm = discord.slashCommand(discord.admin, discord.channelId, "forget-me");
        long confirmMessage = discord.ephemeralMessage(discord.channelId,
            discord.awaitCall(confirmMark, c -> c.is("POST", "interactions/" + Long.toUnsignedString(fm) + "/.*"),
                WAIT));

        int mark = discord.mark();
        List<Long> deferredReplies = new ArrayList<>(List.of(
            discord.slashCommand(discord.bob, discord.channelId, "streak"),
            discord.slashCommand(discord.bob, discord.channelId, "leaderboard"),
            discord.slashCommand(discord.bob, discord.channelId, "hint", "question", "add-two-numbers"),
            discord.slashCommand(discord.bob, discord.channelId, "explain", "question", "add-two-numbers"),
            discord.slashCommand(discord.bob, discord.channelId, "profile"),
            discord.buttonPress(discord.alice, discord.channelId, quizMessage, "quiz:v1:list-aliasing-quiz:1")));
        long forget = discord.buttonPress(discord.admin, discord.channelId, confirmMessage, "forget:v1");

        for (long id : deferredReplies) {
          assertThat(discord.awaitCallback(mark, id).text("/type")).as("deferred reply for %s", id).isEqualTo("5");
        }
        assertThat(discord.awaitCallback(mark, forget).text("/type")).as("deferred update").isEqualTo("6");
        assertThat(storeResponds.getCount()).as("all acknowledged while the store still hangs").isOne();
        assertThat(discord.callsSince(mark)).noneMatch(c -> c.path().startsWith("webhooks/"));

        storeResponds.countDown();
        deferredReplies.add(forget);
        for (long id : deferredReplies) {
          RecordedCall answer = discord.awaitHookReply(mark, id, WAIT);
          assertThat(answer.body().toString()).doesNotContain("Something went wrong");
        }
      }
    }
  }
}
