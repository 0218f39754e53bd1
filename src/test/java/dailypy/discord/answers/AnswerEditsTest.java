package dailypy.discord.answers;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.app.App;
import dailypy.app.StoreProgress;
import dailypy.discord.DiscordBot;
import dailypy.discord.DiscordOptions;
import dailypy.discord.fake.FakeDiscord;
import dailypy.discord.fake.RecordedCall;
import dailypy.discord.support.MarkerGrader;
import dailypy.discord.support.SampleQuestions;
import dailypy.grading.Grader;
import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import dailypy.progress.ProgressStore;
import dailypy.questions.Question;
import dailypy.runner.RunResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editing an answer, end to end: the real JDA client on a fake Discord, a real SQLite store and a
 * real cooldown. An edit is graded once the cooldown (or the grading in flight) ends, edits the
 * one result message without ever blanking it, and still finds that message after a restart.
 */
class AnswerEditsTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Duration COOLDOWN = Duration.ofSeconds(2);
  private static final String WRONG = "```python\ndef add(a, b):\n    return 0\n```";
  private static final String RIGHT = "```python\ndef add(a, b):\n    return a + b\n```";

  /** Real time from a fixed day, so the cooldown passes while the daily question's date is known. */
  private final Clock clock = Clock.offset(Clock.systemUTC(),
      Duration.between(Instant.now(), Instant.parse("2026-11-23T12:00:00Z")));
  private final GatedGrader grader = new GatedGrader();

  @TempDir
  Path dir;
  private FakeDiscord discord;
  private ProgressStore store;
  private DiscordBot bot;
  private long threadId;

  /** The marker grader, holding any answer containing "# slow" until the test opens the gate. */
  static final class GatedGrader implements Grader {
    final MarkerGrader marker = new MarkerGrader();
    final List<String> graded = new CopyOnWriteArrayList<>();
    final CountDownLatch slowStarted = new CountDownLatch(1);
    final CountDownLatch gate = new CountDownLatch(1);

    @Override
    public RunResult grade(Question question, String answer) {
      graded.add(answer);
      if (answer.contains("# slow")) {
        slowStarted.countDown();
        try {
          gate.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return marker.grade(question, answer);
    }

    @Override
    public Gradability gradability(Question question) {
      return Gradability.YES;
    }
  }

  @BeforeEach
  void start() throws Exception {
    discord = new FakeDiscord();
    store = ProgressStore.open(dir.resolve("tutor.db"), clock);
    new StoreProgress(store).saveSettings(new GuildSettings(discord.guildId, discord.channelId,
        Set.of(Level.BASIC), LocalTime.of(9, 0), ZoneId.of("UTC"), null, true, false));
    bot = startBot();
    threadId = awaitDailyThread();
  }

  @AfterEach
  void stop() throws Exception {
    grader.gate.countDown();
    if (bot != null) {
      bot.close();
    }
    store.close();
    discord.close();
  }

  private DiscordBot startBot() throws InterruptedException {
    DiscordOptions options = new DiscordOptions(discord.restBaseUrl(), discord.gatewayUrl(), true, 2, COOLDOWN,
        Duration.ofHours(1))
        // the result is the answer's first message here; the "Grading…" line is BotMessagesTest's
        .withProgressAfter(Duration.ofHours(1));
    return DiscordBot.start("fake-token-not-secret", options,
        new App(new SampleQuestions(), grader, new StoreProgress(store), clock));
  }

  private long awaitDailyThread() throws InterruptedException {
    discord.awaitCall(0, c -> c.is("POST", "channels/\\d+/messages/\\d+/threads"), WAIT);
    for (int i = 0; i < 400; i++) {
      var post = new StoreProgress(store).dailyPost(discord.guildId, Level.BASIC, java.time.LocalDate.of(2026, 11, 23));
      if (post.isPresent() && post.get().threadId() != null) {
        return post.get().threadId();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the daily thread was not recorded");
  }

  private String threadMessages() {
    return "channels/" + Long.toUnsignedString(threadId) + "/messages";
  }

  private Predicate<RecordedCall> postInThread() {
    return c -> c.is("POST", threadMessages());
  }

  private Predicate<RecordedCall> editOf(long messageId) {
    return c -> c.is("PATCH", threadMessages() + "/" + Long.toUnsignedString(messageId));
  }

  private static boolean shows(RecordedCall c, String verdict) {
    return c.text("/embeds/0/description").contains(verdict);
  }

  /** Waits (bounded) until the store knows the result message of an answer, and returns its id. */
  private long awaitSavedResult(long answer, long notThis) throws InterruptedException {
    for (int i = 0; i < 400; i++) {
      OptionalLong saved = new StoreProgress(store).resultMessage(discord.guildId, answer);
      if (saved.isPresent() && saved.getAsLong() != notThis) {
        return saved.getAsLong();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no result message was saved for answer " + answer);
  }

  /** What the grader is given for a chat answer: the code in its block. */
  private static String code(String message) {
    return ChatAnswers.code(message).orElseThrow();
  }

  private String shownVerdict(long messageId) {
    return discord.message(messageId).path("embeds").path(0).path("description").asText();
  }

  @Test
  void anEditRightAfterTheResultIsGradedAfterTheCooldownAndTheOldResultStaysUntilThen() throws Exception {
    int mark = discord.mark();
    long answer = discord.userMessage(discord.alice, threadId, WRONG, null);
    RecordedCall first = discord.awaitCall(mark, postInThread(), WAIT);
    assertThat(shows(first, "Failed")).isTrue();
    long resultId = awaitSavedResult(answer, 0);

    int edited = discord.mark();
    Instant editAt = Instant.now();
    discord.editUserMessage(answer, RIGHT);
    RecordedCall status = discord.awaitCall(edited, editOf(resultId), WAIT);
    assertThat(status.text("/content")).contains("Got your edit");
    assertThat(status.body().has("embeds")).as("a status line leaves the embed alone").isFalse();
    assertThat(status.body().has("attachments")).isFalse();
    assertThat(shownVerdict(resultId)).as("the old result is still shown under the status").contains("Failed");

    RecordedCall regraded = discord.awaitCall(edited, editOf(resultId).and(c -> shows(c, "Passed")), WAIT);
    assertThat(Duration.between(editAt, Instant.now())).as("graded once the cooldown was over")
        .isGreaterThan(Duration.ofSeconds(1));
    assertThat(regraded.text("/content")).isEmpty();
    assertThat(regraded.text("/embeds/0/description")).contains("+15 points");
    List<RecordedCall> edits = discord.callsSince(edited).stream().filter(editOf(resultId)).toList();
    assertThat(edits).allSatisfy(c -> assertThat(c.body().path("embeds").isArray() && c.body().path("embeds").isEmpty())
        .as("no edit blanks the result").isFalse());
    assertThat(discord.callsSince(edited)).noneMatch(postInThread());
    assertThat(grader.graded).containsExactly(code(WRONG), code(RIGHT));
    assertThat(store.hints().hasSolved(discord.guildId, discord.alice.id(), "add-two-numbers")).isTrue();
  }

  @Test
  void editsWhileTheAnswerIsStillGradingWaitForItAndOnlyTheNewestTextIsGraded() throws Exception {
    int mark = discord.mark();
    String slow = "```python\n# slow\ndef add(a, b):\n    return 0\n```";
    String between = "```python\ndef add(a, b):\n    return a - b\n```";
    long answer = discord.userMessage(discord.alice, threadId, slow, null);
    assertThat(grader.slowStarted.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    discord.editUserMessage(answer, between);
    discord.editUserMessage(answer, RIGHT);
    RecordedCall waiting = discord.awaitCall(mark, postInThread(), WAIT);
    assertThat(waiting.text("/content")).contains("once your previous answer is graded");
    grader.gate.countDown();

    long resultId = awaitSavedResult(answer, 0);
    discord.awaitCall(mark, editOf(resultId).and(c -> shows(c, "Failed")), WAIT);
    discord.awaitCall(mark, editOf(resultId).and(c -> shows(c, "Passed")), WAIT);
    assertThat(grader.graded).containsExactly(code(slow), code(RIGHT));
    assertThat(discord.callsSince(mark).stream().filter(postInThread())).hasSize(1);
    assertThat(shownVerdict(resultId)).contains("Passed");
    assertThat(bot.editsWaiting()).isZero();
  }

  @Test
  void anEditAfterARestartEditsTheResultMessageTheStoreRemembers() throws Exception {
    int mark = discord.mark();
    long answer = discord.userMessage(discord.alice, threadId, WRONG, null);
    discord.awaitCall(mark, postInThread(), WAIT);
    long resultId = awaitSavedResult(answer, 0);

    bot.close();
    bot = startBot();
    int edited = discord.mark();
    discord.editUserMessage(answer, RIGHT);
    RecordedCall regraded = discord.awaitCall(edited, editOf(resultId).and(c -> shows(c, "Passed")), WAIT);
    assertThat(regraded.body().path("embeds").size()).isEqualTo(1);
    assertThat(discord.callsSince(edited)).noneMatch(postInThread());
    assertThat(new StoreProgress(store).resultMessage(discord.guildId, answer)).hasValue(resultId);
  }

  @Test
  void anEditOfAnAnswerWhoseResultWasDeletedRepliesAnewAndRemembersTheNewReply() throws Exception {
    int mark = discord.mark();
    long answer = discord.userMessage(discord.alice, threadId, WRONG, null);
    discord.awaitCall(mark, postInThread(), WAIT);
    long deleted = awaitSavedResult(answer, 0);
    discord.deleteMessage(deleted);

    int edited = discord.mark();
    discord.editUserMessage(answer, RIGHT);
    RecordedCall reply = discord.awaitCall(edited, postInThread(), WAIT);
    assertThat(reply.text("/message_reference/message_id")).isEqualTo(Long.toUnsignedString(answer));
    long newId = awaitSavedResult(answer, deleted);
    assertThat(discord.message(newId)).isNotNull();
    discord.awaitCall(edited, c -> (editOf(newId).test(c) || postInThread().test(c)) && shows(c, "Passed"), WAIT);
    assertThat(shownVerdict(newId)).contains("Passed");
    assertThat(discord.callsSince(edited).stream().filter(postInThread())).hasSize(1);
  }

  @Test
  void whenTheFirstReplyFailedTheNextEditRepliesAnew() throws Exception {
    discord.failNext(postInThread(), 403, 50013, "Missing Permissions");
    int mark = discord.mark();
    long answer = discord.userMessage(discord.alice, threadId, WRONG, null);
    RecordedCall refused = discord.awaitCall(mark, postInThread(), WAIT);
    assertThat(shows(refused, "Failed")).isTrue();
    Thread.sleep(200); // let the failure come back before the edit
    assertThat(new StoreProgress(store).resultMessage(discord.guildId, answer)).isEmpty();

    int edited = discord.mark();
    discord.editUserMessage(answer, RIGHT);
    long resultId = awaitSavedResult(answer, 0);
    discord.awaitCall(edited, c -> (editOf(resultId).test(c) || postInThread().test(c)) && shows(c, "Passed"), WAIT);
    assertThat(shownVerdict(resultId)).contains("Passed");
    assertThat(discord.message(resultId).path("message_reference").path("message_id").asText())
        .isEqualTo(Long.toUnsignedString(answer));
  }
}
