package dailypy.discord.answers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dailypy.app.App;
import dailypy.app.StoreProgress;
import dailypy.discord.DiscordBot;
import dailypy.discord.DiscordOptions;
import dailypy.discord.fake.FakeDiscord;
import dailypy.discord.fake.RecordedCall;
import dailypy.discord.support.MarkerGrader;
import dailypy.discord.support.SampleQuestions;
import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import dailypy.progress.ProgressStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers a bot never saw, or saw and did not finish, are graded when its shard's session starts
 * again: the real JDA client on a fake Discord and a real SQLite store. Discord does not replay the
 * messages posted while no session was connected; the bot reads them back from the daily thread.
 */
class MissedAnswersTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String RIGHT = "```python\ndef add(a, b):\n    return a + b\n```";
  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  /** Real time from a fixed day at noon, so the daily question's date is known. */
  private final Clock clock = Clock.offset(Clock.systemUTC(),
      Duration.between(Instant.now(), Instant.parse("2026-11-23T12:00:00Z")));

  @TempDir
  Path dir;
  private FakeDiscord discord;
  private ProgressStore store;
  private DiscordBot bot;
  private long threadId;

  @BeforeEach
  void start() throws Exception {
    discord = new FakeDiscord();
    store = ProgressStore.open(dir.resolve("tutor.db"), clock);
    new StoreProgress(store).saveSettings(new GuildSettings(discord.guildId, discord.channelId,
        Set.of(Level.BASIC), LocalTime.of(9, 0), ZoneId.of("UTC"), null, true, false));
    bot = startBot();
    discord.awaitCall(0, c -> c.is("POST", "channels/\\d+/messages/\\d+/threads"), WAIT);
    threadId = awaitThread();
  }

  @AfterEach
  void stop() throws Exception {
    if (bot != null) {
      bot.close();
    }
    store.close();
    discord.close();
  }

  private DiscordBot startBot() throws InterruptedException {
    DiscordOptions options = new DiscordOptions(discord.restBaseUrl(), discord.gatewayUrl(), true, 2,
        Duration.ofSeconds(1), Duration.ofHours(1)).withProgressAfter(Duration.ofHours(1));
    MarkerGrader grader = new MarkerGrader();
    return DiscordBot.start("fake-token-not-secret", options,
        new App(new SampleQuestions(), grader, new StoreProgress(store), clock));
  }

  private long awaitThread() throws InterruptedException {
    for (int i = 0; i < 400; i++) {
      var post = new StoreProgress(store).dailyPost(discord.guildId, Level.BASIC, DAY);
      if (post.isPresent() && post.get().threadId() != null) {
        return post.get().threadId();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the daily thread was not recorded");
  }

  /** The bot's replies to a message, once one of them shows a result (bounded wait). */
  private List<ObjectNode> awaitResult(long answer) throws InterruptedException {
    for (int i = 0; i < 400; i++) {
      List<ObjectNode> replies = discord.botReplies().getOrDefault(answer, List.of());
      if (replies.stream().anyMatch(m -> !m.path("embeds").isEmpty())
          && new StoreProgress(store).answered(discord.guildId, answer)) {
        return replies;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("answer " + answer + " got no result; replies: " + discord.botReplies().get(answer));
  }

  private long submissionsOf(long answer) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("tutor.db"));
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM submissions WHERE answer_message_id = " + answer)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void anAnswerPostedWhileTheBotWasAwayIsGradedWhenItReturnsAndOnlyOnce() throws Exception {
    bot.close();
    long answer = discord.userMessage(discord.alice, threadId, RIGHT, null); // no session: nobody hears it
    int mark = discord.mark();
    bot = startBot();
    List<ObjectNode> replies = awaitResult(answer);
    assertThat(replies).hasSize(1);
    assertThat(replies.getFirst().path("embeds").path(0).path("description").asText()).contains("Passed");
    assertThat(discord.callsSince(mark)).as("read back with ?after=")
        .anyMatch(c -> c.is("GET", "channels/" + Long.toUnsignedString(threadId) + "/messages")
            && c.query().contains("after="));
    RecordedCall reply = discord.callsSince(mark).stream()
        .filter(c -> c.is("POST", "channels/" + Long.toUnsignedString(threadId) + "/messages"))
        .findFirst().orElseThrow();
    assertThat(reply.text("/nonce")).as("a nonce of its own answer").isEqualTo("a" + Long.toUnsignedString(answer));
    assertThat(reply.body().path("enforce_nonce").asBoolean()).isTrue();

    // a further restart finds it answered: no second grading, no second reply
    bot.close();
    int again = discord.mark();
    bot = startBot();
    Thread.sleep(1500);
    assertThat(discord.callsSince(again)).noneMatch(c -> c.is("POST", "channels/\\d+/messages")
        && c.body() != null && c.body().has("message_reference"));
    assertThat(discord.botReplies().get(answer)).hasSize(1);
    assertThat(submissionsOf(answer)).isEqualTo(1);
  }

  @Test
  void twoAnswersOfOneUserPostedWhileTheBotWasAwayAreBothGradedTheSecondAfterTheCooldown() throws Exception {
    bot.close();
    String wrong = "```python\ndef add(a, b):\n    return 0\n```";
    long first = discord.userMessage(discord.alice, threadId, wrong, null);
    long second = discord.userMessage(discord.alice, threadId, RIGHT, null);
    bot = startBot();
    List<ObjectNode> firstReplies = awaitResult(first);
    List<ObjectNode> secondReplies = awaitResult(second);
    assertThat(firstReplies).hasSize(1);
    assertThat(firstReplies.getFirst().path("embeds").path(0).path("description").asText()).contains("Failed");
    assertThat(secondReplies).as("not refused for the author's cooldown: it waited its turn").hasSize(1);
    assertThat(secondReplies.getFirst().path("embeds").path(0).path("description").asText()).contains("Passed");
    assertThat(store.profiles().profile(discord.guildId, discord.alice.id()).points()).isEqualTo(15);
  }

  @Test
  void anAnswerRepliedToButNotSavedAsAnsweredGetsItsReplyEditedNotASecondOne() throws Exception {
    long answer = discord.userMessage(discord.alice, threadId, RIGHT, null);
    long replyId = Long.parseUnsignedLong(awaitResult(answer).getFirst().path("id").asText());
    bot.close();
    // as if the process died between Discord's answer and the save: the store knows nothing
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("tutor.db"));
        Statement st = c.createStatement()) {
      st.executeUpdate("DELETE FROM answer_results");
    }
    int mark = discord.mark();
    bot = startBot();
    List<ObjectNode> replies = awaitResult(answer);
    assertThat(replies).extracting(m -> m.path("id").asText()).containsExactly(Long.toUnsignedString(replyId));
    assertThat(discord.callsSince(mark)).as("the old reply is edited")
        .anyMatch(c -> c.is("PATCH", "channels/\\d+/messages/" + Long.toUnsignedString(replyId)));
    assertThat(submissionsOf(answer)).as("graded again, recorded once").isEqualTo(1);
    assertThat(store.profiles().profile(discord.guildId, discord.alice.id()).points()).isEqualTo(15);
  }
}
