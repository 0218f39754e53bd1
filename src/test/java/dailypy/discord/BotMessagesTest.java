package dailypy.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.app.App;
import dailypy.discord.fake.FakeDiscord;
import dailypy.discord.fake.RecordedCall;
import dailypy.discord.support.InMemoryProgress;
import dailypy.discord.support.MarkerGrader;
import dailypy.discord.support.SampleQuestions;
import dailypy.grading.Grader;
import dailypy.progress.DailyPost;
import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import dailypy.questions.Question;
import dailypy.runner.RunResult;
import dailypy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the bot says in the awkward moments, on the fake Discord: a grading that takes a while, an
 * answer in the wrong language, a form sent during the cooldown, and how a question says to
 * answer. The grader is the marker grader, slowed down for answers marked {@code # slow}.
 */
class BotMessagesTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
  private static final String CORRECT = "def add(a, b):\n    return a + b\n";

  static FakeDiscord discord;
  static InMemoryProgress progress;
  static DiscordBot bot;
  static long thread;

  @BeforeAll
  static void start() throws Exception {
    discord = new FakeDiscord();
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    progress = new InMemoryProgress(clock);
    progress.saveSettings(new GuildSettings(discord.guildId, discord.channelId, Set.of(Level.BASIC),
        LocalTime.of(9, 0), ZoneId.of("UTC"), null, true, false));
    DiscordOptions options = new DiscordOptions(discord.restBaseUrl(), discord.gatewayUrl(), true, 2,
        Duration.ofMinutes(10), Duration.ofHours(1)).withProgressAfter(Duration.ofMillis(200));
    bot = DiscordBot.start("fake-token-not-secret", options,
        new App(new SampleQuestions(), new SlowWhenMarked(), progress, clock));
    progress.awaitPosted(discord.guildId, Level.BASIC, DAY);
    DailyPost post = progress.dailyPost(discord.guildId, Level.BASIC, DAY).orElseThrow();
    for (int i = 0; i < 200 && post.threadId() == null; i++) {
      Thread.sleep(25);
      post = progress.dailyPost(discord.guildId, Level.BASIC, DAY).orElseThrow();
    }
    thread = post.threadId();
  }

  @AfterAll
  static void stop() throws Exception {
    bot.close();
    discord.close();
  }

  private static String threadMessages() {
    return "channels/" + Long.toUnsignedString(thread) + "/messages";
  }

  @Test
  void theQuestionSaysHowToAnswerInAFormDiscordTakes() throws Exception {
    RecordedCall post = discord.awaitCall(0, c -> c.is("POST", "channels/\\d+/messages")
        && c.text("/embeds/0/title").equals("Add two numbers"), WAIT);
    String how = post.text("/embeds/0/fields/0/value");
    assertThat(how).contains("`/submit question:add-two-numbers`").contains("\\`\\`\\`python")
        .doesNotContain("/submit add-two-numbers");
  }

  @Test
  void aBlockInAnotherLanguageIsAskedToBePython() throws Exception {
    int mark = discord.mark();
    discord.userMessage(discord.bob, thread, "```js\nfunction add(a, b) { return a + b; }\n```", null);
    RecordedCall reply = discord.awaitCall(mark, c -> c.is("POST", threadMessages()), WAIT);
    assertThat(reply.text("/content")).contains("marked as another language").contains("Python")
        .doesNotContain("couldn't find a code block");
  }

  @Test
  void aSlowGradingShowsGradingThenTheResultInTheSameMessage() throws Exception {
    int mark = discord.mark();
    long answer = discord.userMessage(discord.alice, thread, "```python\n# slow\n" + CORRECT + "```", null);
    RecordedCall first = discord.awaitCall(mark, c -> c.is("POST", threadMessages()), WAIT);
    assertThat(first.text("/content")).isEqualTo("⏳ Grading your answer…");
    assertThat(first.text("/message_reference/message_id")).isEqualTo(Long.toUnsignedString(answer));
    RecordedCall result = discord.awaitCall(mark, c -> c.is("PATCH", threadMessages() + "/\\d+")
        && c.body().path("embeds").size() > 0, WAIT);
    assertThat(result.text("/embeds/0/description")).contains("Passed");
    assertThat(result.text("/content")).isEmpty();
    assertThat(result.body().at("/allowed_mentions/parse").isArray()).isTrue();
    assertThat(discord.callsSince(mark).stream().filter(c -> c.is("POST", threadMessages())))
        .as("one message for the answer").hasSize(1);
  }

  @Test
  void aFormSentDuringTheCooldownComesBackPrivatelyWithTheAnswer() throws Exception {
    int mark = discord.mark();
    long first = discord.modalSubmit(discord.admin, discord.channelId, "submit:v1:add-two-numbers",
        Map.of("code", CORRECT));
    assertThat(discord.awaitCallback(mark, first).text("/type")).isEqualTo("5");
    discord.awaitCall(mark, c -> c.is("PATCH", "webhooks/\\d+/[^/]*" + Long.toUnsignedString(first)
        + "[^/]*/messages/@original") && c.body().path("embeds").size() > 0, WAIT);
    for (int i = 0; i < 200 && bot.gradingsInFlight() > 0; i++) {
      Thread.sleep(10);
    }

    mark = discord.mark();
    String retyped = "def add(a, b):\n    total = a + b  # typed again, with care\n    return total\n";
    long again = discord.modalSubmit(discord.admin, discord.channelId, "submit:v1:add-two-numbers",
        Map.of("code", retyped));
    RecordedCall reply = discord.awaitCallback(mark, again);
    assertThat(reply.text("/type")).as("answered at once, not deferred in public").isEqualTo("4");
    assertThat(reply.body().at("/data/flags").asInt() & 64).as("private").isEqualTo(64);
    assertThat(reply.text("/data/content")).contains("Slow down").contains("send again with `/submit`")
        .contains("```python\n" + retyped.stripTrailing() + "\n```");
    assertThat(discord.callsSince(mark)).noneMatch(c -> c.is("PATCH", "webhooks/.*"));
  }

  /** The marker grader's verdicts; an answer marked {@code # slow} takes a second and a half. */
  private static final class SlowWhenMarked implements Grader {
    private final MarkerGrader verdicts = new MarkerGrader();

    @Override
    public RunResult grade(Question question, String answer) {
      if (answer.contains("# slow")) {
        try {
          Thread.sleep(1500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return verdicts.grade(question, answer);
    }

    @Override
    public Gradability gradability(Question question) {
      return Gradability.YES;
    }
  }
}
