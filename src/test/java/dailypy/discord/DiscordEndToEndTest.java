package dailypy.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.app.App;
import dailypy.app.BankQuestions;
import dailypy.discord.fake.FakeDiscord;
import dailypy.discord.fake.RecordedCall;
import dailypy.discord.support.InMemoryProgress;
import dailypy.discord.support.SampleQuestions;
import dailypy.discord.support.SharedRunner;
import dailypy.grading.Grader;
import dailypy.grading.RunnerGrader;
import dailypy.progress.DailyPost;
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
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real JDA client logged into a fake Discord on 127.0.0.1; every step is driven by a gateway
 * dispatch and checked on the REST calls the bot makes. Each test has its own fake Discord (its
 * guild, channel and users), store, clock and bot, with that day's questions posted, and sets up
 * whatever else it needs, so the tests run alone or in any order. Only the warm runner is shared.
 */
class DiscordEndToEndTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
  private static final String RIGHT = "```python\ndef add(a, b):\n    return a + b\n```";
  static final dailypy.questions.QuestionBank BANK = SampleQuestions.bank();
  static Grader grader;

  FakeDiscord discord;
  InMemoryProgress progress;
  MutableClock clock;
  DiscordBot bot;
  long dailyMessageId;
  long threadId;
  long quizMessageId;

  @BeforeAll
  static void warmRunner() {
    // warm the shared runner first so the first graded answer doesn't wait for a cold worker
    grader = new RunnerGrader(SharedRunner.get());
    assertThat(grader.grade(SampleQuestions.ADD, "def add(a, b):\n    return a + b\n").verdict())
        .isEqualTo(dailypy.verdict.Verdict.PASSED);
  }

  @BeforeEach
  void start() throws Exception {
    discord = new FakeDiscord();
    // 10:30 in Berlin: past the post time, so the bot catches up on start
    clock = new MutableClock(Instant.parse("2026-11-23T09:30:00Z"));
    progress = new InMemoryProgress(clock);
    progress.saveSettings(new GuildSettings(discord.guildId, discord.channelId,
        Set.of(Level.BASIC, Level.INTERMEDIATE), LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"),
        discord.learnerRoleId, true, false));
    bot = startBot();
    DailyPost basic = awaitPosted(Level.BASIC);
    DailyPost inter = awaitPosted(Level.INTERMEDIATE);
    dailyMessageId = basic.messageId();
    threadId = basic.threadId();
    quizMessageId = inter.messageId();
  }

  DiscordBot startBot() throws InterruptedException {
    DiscordOptions options = new DiscordOptions(discord.restBaseUrl(), discord.gatewayUrl(), true, 2,
        Duration.ZERO, Duration.ofHours(1))
        // the result is the answer's first message here; the "Grading…" line is BotMessagesTest's
        .withProgressAfter(Duration.ofHours(1));
    return DiscordBot.start("fake-token-not-secret", options,
        new App(new BankQuestions(BANK, grader, new java.util.Random(7)), grader, progress, clock));
  }

  /** Every edit of every test allows no mention; checked while the test's calls are at hand. */
  @AfterEach
  void stop() throws Exception {
    try {
      assertThat(edits()).allSatisfy(DiscordEndToEndTest::allowsNoMention);
    } finally {
      if (bot != null) {
        bot.close();
      }
      discord.close();
    }
  }

  private static Predicate<RecordedCall> post(String pathRegex) {
    return c -> c.is("POST", pathRegex);
  }

  private static String channelMessages(long channel) {
    return "channels/" + Long.toUnsignedString(channel) + "/messages";
  }

  private RecordedCall callback(int mark, long interactionId) throws InterruptedException {
    return discord.awaitCallback(mark, interactionId, WAIT);
  }

  /** What a deferred interaction finally shows (handlers that use the store answer this way). */
  private RecordedCall hookReply(int mark, long interactionId) throws InterruptedException {
    return discord.awaitHookReply(mark, interactionId, WAIT);
  }

  private static boolean isEphemeral(RecordedCall callback) {
    return (callback.body().at("/data/flags").asInt() & 64) == 64;
  }

  /** Posts an answer in today's thread and waits until its result is sent and its grading ended. */
  private RecordedCall answerInThread(FakeDiscord.FakeUser user, String answer) throws InterruptedException {
    int mark = discord.mark();
    discord.userMessage(user, threadId, answer, null);
    RecordedCall result = discord.awaitCall(mark, post(channelMessages(threadId)).and(c -> c.body().has("embeds")), WAIT);
    awaitNoGrading();
    return result;
  }

  /** Result edits, hook edits of deferred replies and button updates, as the bot sent them so far. */
  private java.util.List<RecordedCall> edits() {
    return discord.calls().stream()
        .filter(c -> c.is("PATCH", "channels/\\d+/messages/\\d+") || c.is("PATCH", "webhooks/\\d+/.+/messages/.+"))
        .toList();
  }

  private static void allowsNoMention(RecordedCall c) {
    assertThat(c.body().at("/allowed_mentions/parse").isArray()).as("allowed_mentions in %s", c).isTrue();
    assertThat(c.body().at("/allowed_mentions/parse").size()).as("mention types allowed in %s", c).isZero();
    assertThat(c.body().at("/allowed_mentions/replied_user").asBoolean()).as("reply ping in %s", c).isFalse();
  }

  @Test
  void postsTheDailyQuestionsWithThreadAndRolePing() throws Exception {
    RecordedCall daily = discord.awaitCall(0,
        post(channelMessages(discord.channelId)).and(c -> c.text("/embeds/0/title").equals("Add two numbers")), WAIT);
    assertThat(daily.text("/content")).isEqualTo("<@&" + discord.learnerRoleId + ">");
    assertThat(daily.body().at("/allowed_mentions/roles").toString()).contains(Long.toUnsignedString(discord.learnerRoleId));
    assertThat(daily.body().at("/allowed_mentions/parse").size()).isZero();
    assertThat(daily.text("/embeds/0/color")).isEqualTo(String.valueOf(0x57F287));
    assertThat(daily.text("/embeds/0/description")).contains("def add(a, b)");
    RecordedCall quiz = discord.awaitCall(0,
        post(channelMessages(discord.channelId)).and(c -> c.text("/embeds/0/title").equals("Aliased lists")), WAIT);
    assertThat(quiz.body().at("/components/0/components").size()).isEqualTo(3);
    assertThat(quiz.text("/components/0/components/1/custom_id")).isEqualTo("quiz:v1:list-aliasing-quiz:1");
    RecordedCall thread = discord.awaitCall(0, post("channels/\\d+/messages/\\d+/threads"), WAIT);
    assertThat(thread.text("/name")).contains("basic").contains("Add two numbers");
    assertThat(thread.text("/auto_archive_duration")).as("a week, so it outlives the day").isEqualTo("10080");
    assertThat(threadId).isEqualTo(dailyMessageId);
    assertThat(discord.identifies().getFirst().path("intents").asInt() & (1 << 15)).isNotZero();
  }

  private DailyPost awaitPosted(Level level) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      var p = progress.dailyPost(discord.guildId, level, DAY);
      if (p.isPresent() && p.get().posted() && (p.get().level() != Level.BASIC || p.get().threadId() != null)) {
        return p.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("daily post for " + level + " was not recorded");
  }

  @Test
  void gradesRepliesInTheThread() throws Exception {
    int mark = discord.mark();
    discord.userMessage(discord.alice, threadId, "Here:\n```python\ndef add(a, b):\n    return a - b\n```", null);
    RecordedCall wrong = discord.awaitCall(mark, post(channelMessages(threadId)), WAIT);
    assertThat(wrong.text("/embeds/0/description")).contains("Failed").contains("1/4 tests");
    assertThat(wrong.text("/embeds/0/fields/0/value")).contains("❌ `add(2, 3)`").contains("❌ `hidden test 1`")
        .contains("✅ `hidden test 2`");
    assertThat(wrong.text("/embeds/0/fields/1/value")).contains("-1").contains("5");
    assertThat(wrong.body().toString()).doesNotContain("return a + b");
    // the result is sent just before the grading ends; a second answer sooner is refused as
    // "still being graded", rightly, and a busy machine can stretch that moment
    awaitNoGrading();

    mark = discord.mark();
    discord.userMessage(discord.alice, threadId, "```python\ndef add(a, b):\n    return a + b\n```", null);
    RecordedCall right = discord.awaitCall(mark, post(channelMessages(threadId)), WAIT);
    assertThat(right.text("/embeds/0/description")).contains("Passed").contains("+10 points").contains("🔥 streak 1");

    mark = discord.mark();
    discord.userMessage(discord.bob, threadId, "I think you just add them?", null);
    RecordedCall howTo = discord.awaitCall(mark, post(channelMessages(threadId)), WAIT);
    assertThat(howTo.text("/content")).contains("couldn't find a code block");
    assertThat(howTo.text("/message_reference/message_id")).isNotEmpty();
  }

  private void awaitNoGrading() throws InterruptedException {
    for (int i = 0; i < 500 && bot.gradingsInFlight() > 0; i++) {
      Thread.sleep(10);
    }
    assertThat(bot.gradingsInFlight()).isZero();
  }

  @Test
  void aReplyToTheQuestionMessageIsGradedToo() throws Exception {
    int mark = discord.mark();
    discord.userMessage(discord.bob, discord.channelId, "```python\ndef add(a, b):\n    return a + b\n```", dailyMessageId);
    RecordedCall right = discord.awaitCall(mark, post(channelMessages(discord.channelId)), WAIT);
    assertThat(right.text("/embeds/0/description")).contains("Passed");
  }

  @Test
  void editingAnAnswerRegradesAndEditsTheResult() throws Exception {
    int mark = discord.mark();
    long answer = discord.userMessage(discord.admin, threadId, "```python\ndef add(a, b):\n    return 0\n```", null);
    RecordedCall first = discord.awaitCall(mark, post(channelMessages(threadId)), WAIT);
    assertThat(first.text("/embeds/0/description")).contains("Failed");
    Thread.sleep(200); // let the bot learn its reply's id
    long resultId = lastBotMessageIn(threadId);

    mark = discord.mark();
    discord.editUserMessage(answer, "```python\ndef add(a, b):\n    return a + b\n```");
    RecordedCall edit = discord.awaitCall(mark,
        c -> c.is("PATCH", channelMessages(threadId) + "/" + Long.toUnsignedString(resultId)), WAIT);
    assertThat(edit.text("/embeds/0/description")).contains("Passed");
    assertThat(discord.callsSince(mark)).noneMatch(post(channelMessages(threadId)));
  }

  private long lastBotMessageIn(long channel) {
    return discord.botMessagesIn(channel).stream().mapToLong(Long::longValue).max().orElseThrow();
  }

  @Test
  void submitOpensAModalAndGradesIt() throws Exception {
    int mark = discord.mark();
    long ac = discord.autocomplete(discord.bob, discord.channelId, "submit", "question", "add");
    RecordedCall choices = callback(mark, ac);
    assertThat(choices.text("/type")).isEqualTo("8");
    assertThat(choices.text("/data/choices/0/value")).isEqualTo("add-two-numbers");

    mark = discord.mark();
    long slash = discord.slashCommand(discord.bob, discord.channelId, "submit", "question", "add-two-numbers");
    RecordedCall modal = callback(mark, slash);
    assertThat(modal.text("/type")).isEqualTo("9");
    assertThat(modal.text("/data/custom_id")).isEqualTo("submit:v1:add-two-numbers");
    assertThat(modal.text("/data/components/0/component/max_length")).isEqualTo("4000");

    mark = discord.mark();
    long submit = discord.modalSubmit(discord.bob, discord.channelId, "submit:v1:add-two-numbers",
        Map.of("code", "def add(a, b):\n    return a - b\n"));
    RecordedCall deferred = callback(mark, submit);
    assertThat(deferred.text("/type")).isEqualTo("5");
    RecordedCall result = discord.awaitCall(mark, c -> c.is("PATCH", "webhooks/\\d+/.+/messages/@original") && c.body().has("embeds"), WAIT);
    assertThat(result.text("/embeds/0/description")).contains("Failed");
  }

  @Test
  void hintIsEphemeralAndRecordedAndAskingAfterTheLastCostsNothing() throws Exception {
    int mark = discord.mark();
    long id = discord.slashCommand(discord.bob, threadId, "hint");
    RecordedCall ack = callback(mark, id);
    assertThat(ack.text("/type")).as("acknowledged at once, answered off the event thread").isEqualTo("5");
    assertThat(isEphemeral(ack)).isTrue();
    assertThat(hookReply(mark, id).text("/content")).contains("Hint 1/2").contains("Python has an operator");
    assertThat(progress.hintsTaken(discord.guildId, discord.bob.id(), SampleQuestions.ADD.id())).isEqualTo(1);

    mark = discord.mark();
    id = discord.slashCommand(discord.bob, threadId, "hint");
    RecordedCall second = hookReply(mark, id);
    assertThat(second.text("/content")).contains("Hint 2/2").contains("Use `a + b`").doesNotContain("last hint");

    mark = discord.mark();
    id = discord.slashCommand(discord.bob, threadId, "hint");
    RecordedCall again = hookReply(mark, id);
    assertThat(again.text("/content")).contains("Hint 2/2").contains("Use `a + b`")
        .contains("(That was the last hint. `/explain` shows the full answer.)");
    assertThat(progress.hintsTaken(discord.guildId, discord.bob.id(), SampleQuestions.ADD.id()))
        .as("asking after the last hint records nothing").isEqualTo(2);
  }

  @Test
  void explainAsksForConfirmationBeforeASolve() throws Exception {
    int mark = discord.mark();
    long id = discord.slashCommand(discord.bob, discord.channelId, "explain", "question", "list-aliasing-quiz");
    assertThat(isEphemeral(callback(mark, id))).isTrue();
    RecordedCall confirm = hookReply(mark, id);
    assertThat(confirm.text("/content")).contains("forfeits");
    assertThat(confirm.text("/components/0/components/0/custom_id")).isEqualTo("explain:v1:list-aliasing-quiz");
    assertThat(progress.revealed(discord.guildId, discord.bob.id(), "list-aliasing-quiz")).isFalse();

    long confirmMessage = discord.ephemeralMessage(discord.channelId, confirm);
    mark = discord.mark();
    long press = discord.buttonPress(discord.bob, discord.channelId, confirmMessage, "explain:v1:list-aliasing-quiz");
    assertThat(callback(mark, press).text("/type")).as("a deferred update of the prompt").isEqualTo("6");
    RecordedCall shown = hookReply(mark, press);
    assertThat(shown.text("/content")).contains("Revealed");
    assertThat(shown.text("/embeds/0/description")).contains("same list");
    assertThat(shown.body().path("components").size()).isZero();
    assertThat(progress.revealed(discord.guildId, discord.bob.id(), "list-aliasing-quiz")).isTrue();
  }

  @Test
  void setupIsRefusedWithoutManageServer() throws Exception {
    int mark = discord.mark();
    long id = discord.slashCommand(discord.alice, discord.channelId, "setup", "pause", true);
    RecordedCall reply = callback(mark, id);
    assertThat(reply.text("/data/content")).contains("Manage Server");
    assertThat(reply.body().at("/data/flags").asInt() & 64).isEqualTo(64);
    assertThat(progress.settings(discord.guildId).orElseThrow().paused()).isFalse();

    mark = discord.mark();
    long ok = discord.slashCommand(discord.admin, discord.channelId, "setup", "time", "08:15");
    assertThat(callback(mark, ok).text("/data/content")).contains("08:15 Europe/Berlin");

    mark = discord.mark();
    long bad = discord.slashCommand(discord.admin, discord.channelId, "setup", "timezone", "Mars/Olympus");
    assertThat(callback(mark, bad).text("/data/content")).contains("Unknown timezone").contains("IANA");

    mark = discord.mark();
    long now = discord.slashCommand(discord.admin, discord.channelId, "setup", "post_now", true);
    assertThat(callback(mark, now).text("/type")).isEqualTo("5");
    RecordedCall done = discord.awaitCall(mark, c -> c.is("PATCH", "webhooks/\\d+/.+/messages/@original"), WAIT);
    assertThat(done.text("/content")).contains("already posted");
    assertThat(discord.callsSince(mark)).noneMatch(post(channelMessages(discord.channelId)));
  }

  @Test
  void aQuizButtonCountsOnePressPerUser() throws Exception {
    int mark = discord.mark();
    long first = discord.buttonPress(discord.alice, discord.channelId, quizMessageId, "quiz:v1:list-aliasing-quiz:1");
    RecordedCall ack = callback(mark, first);
    assertThat(ack.text("/type")).isEqualTo("5");
    assertThat(isEphemeral(ack)).isTrue();
    assertThat(hookReply(mark, first).text("/content")).contains("Correct");

    mark = discord.mark();
    long again = discord.buttonPress(discord.alice, discord.channelId, quizMessageId, "quiz:v1:list-aliasing-quiz:0");
    assertThat(hookReply(mark, again).text("/content")).contains("already answered");
    DailyPost quiz = progress.dailyPost(discord.guildId, Level.INTERMEDIATE, DAY).orElseThrow();
    assertThat(progress.quizTally(quiz)).containsExactly(Map.entry(1, 1));
  }

  @Test
  void gradeThisOnSomeoneElsesMessageIsPrivateAndNotRecorded() throws Exception {
    int before = discord.mark();
    long target = discord.userMessage(discord.alice, threadId,
        "```python\nfor _ in range(50):\n    print('spam line')\ndef add(a, b):\n    return a - b\n```", null);
    // alice's message is an answer in the thread, so it is graded on its own first
    discord.awaitCall(before, post(channelMessages(threadId)).and(c -> c.body().has("embeds")), WAIT);
    Thread.sleep(200);
    int recorded = progress.submissions.size();
    int mark = discord.mark();
    long id = discord.messageCommand(discord.bob, threadId, "Grade this", target);
    RecordedCall deferred = callback(mark, id);
    assertThat(deferred.text("/type")).isEqualTo("5");
    assertThat(deferred.body().at("/data/flags").asInt() & 64).isEqualTo(64);
    RecordedCall result = discord.awaitCall(mark, c -> c.is("PATCH", "webhooks/\\d+/.+/messages/@original") && c.body().has("embeds"), WAIT);
    assertThat(result.text("/embeds/0/description")).contains("Failed");
    assertThat(result.files()).containsExactly("output.txt");
    assertThat(result.fileContents().getFirst().lines()).hasSize(50);
    assertThat(result.body().toString()).contains("full text attached");
    assertThat(progress.submissions).hasSize(recorded);
  }

  @Test
  void gradeThisOnCodePostedAnywhereFindsTheQuestionByWhatTheCodeDefines() throws Exception {
    long target = discord.userMessage(discord.bob, discord.channelId,
        "here is mine\n```python\ndef add(a, b):\n    return a + b\n```", null);
    int mark = discord.mark();
    long id = discord.messageCommand(discord.bob, discord.channelId, "Grade this", target);
    assertThat(callback(mark, id).text("/type")).isEqualTo("5");
    RecordedCall result = discord.awaitCall(mark,
        c -> c.is("PATCH", "webhooks/\\d+/.+/messages/@original") && c.body().has("embeds"), WAIT);
    assertThat(result.text("/embeds/0/description")).contains("Passed");

    int before = discord.mark();
    long unknown = discord.userMessage(discord.bob, discord.channelId,
        "```python\ndef something_else(x):\n    return x\n```", null);
    long again = discord.messageCommand(discord.bob, discord.channelId, "Grade this", unknown);
    assertThat(callback(before, again).text("/data/content")).contains("can't tell which question");
  }

  @Test
  void markdownFromAnAnswerShowsAsWrittenAndCannotCloseTheOutputBlock() throws Exception {
    int mark = discord.mark();
    // four backticks built at run time, so they do not close the answer's own code block
    discord.userMessage(discord.admin, threadId, "```python\n"
        + "print('# HEADING\\n[click](http://evil.example)\\n' + '`' * 4 + '\\n**x**')\n"
        + "def add(a, b):\n    return '**x** [click](http://evil.example)'\n```", null);
    RecordedCall result = discord.awaitCall(mark, post(channelMessages(threadId)).and(c -> c.body().has("embeds")), WAIT);
    assertThat(result.text("/embeds/0/description")).contains("Failed");
    String output = "";
    String failure = "";
    for (var field : result.body().at("/embeds/0/fields")) {
      if (field.path("name").asText().startsWith("Output")) {
        output = field.path("value").asText();
      } else if (field.path("name").asText().startsWith("First failure")) {
        failure = field.path("value").asText();
      }
    }
    assertThat(dailypy.discord.render.MarkdownSafeTest.fences(output)).as("one opening and one closing fence: %s", output).isEqualTo(2);
    assertThat(output).startsWith("```\n# HEADING\n[click](http://evil.example)\n").endsWith("\n**x**\n\n```");
    assertThat(failure).contains("\\*\\*x\\*\\* \\[click\\]\\(http://evil.example\\)").doesNotContain("[click](");
  }

  @Test
  void practiceLeaderboardProfileAndForgetMe() throws Exception {
    assertThat(answerInThread(discord.alice, RIGHT).text("/embeds/0/description")).contains("Passed");
    assertThat(answerInThread(discord.admin, RIGHT).text("/embeds/0/description")).contains("Passed");
    assertThat(progress.profile(discord.guildId, discord.admin.id()).points()).isPositive();

    int mark = discord.mark();
    long q = discord.slashCommand(discord.bob, discord.channelId, "question", "level", "basic");
    RecordedCall practice = callback(mark, q);
    assertThat(practice.text("/data/embeds/0/title")).isEqualTo("Add two numbers");
    assertThat(practice.text("/data/embeds/0/author/name")).contains("Practice");

    mark = discord.mark();
    long lb = discord.slashCommand(discord.bob, discord.channelId, "leaderboard", "period", "all-time");
    assertThat(isEphemeral(callback(mark, lb))).as("the leaderboard is for everyone").isFalse();
    RecordedCall board = hookReply(mark, lb);
    assertThat(board.text("/embeds/0/description")).contains("<@" + discord.alice.idString() + ">");
    assertThat(board.body().at("/allowed_mentions/parse").size()).isZero();

    mark = discord.mark();
    long st = discord.slashCommand(discord.alice, discord.channelId, "streak");
    assertThat(isEphemeral(callback(mark, st))).isTrue();
    assertThat(hookReply(mark, st).text("/content")).contains("🔥 streak").contains("points");

    mark = discord.mark();
    long pr = discord.slashCommand(discord.alice, discord.channelId, "profile");
    callback(mark, pr);
    RecordedCall profile = discord.awaitCall(mark, c -> c.is("PATCH", "webhooks/\\d+/.+/messages/@original") && c.body().has("embeds"), WAIT);
    assertThat(profile.files()).containsExactly("streak.png");
    assertThat(profile.fileContents().getFirst()).startsWith("\uFFFDPNG");
    assertThat(profile.text("/embeds/0/image/url")).isEqualTo("attachment://streak.png");

    mark = discord.mark();
    long fm = discord.slashCommand(discord.admin, discord.channelId, "forget-me");
    RecordedCall confirm = callback(mark, fm);
    assertThat(confirm.text("/data/components/0/components/0/custom_id")).isEqualTo("forget:v1");
    long confirmMessage = discord.ephemeralMessage(discord.channelId, confirm);
    mark = discord.mark();
    long press = discord.buttonPress(discord.admin, discord.channelId, confirmMessage, "forget:v1");
    assertThat(callback(mark, press).text("/type")).isEqualTo("6");
    assertThat(hookReply(mark, press).text("/content")).contains("deleted");
    assertThat(progress.profile(discord.guildId, discord.admin.id()).points()).isZero();
  }

  @Test
  void aRestartDoesNotPostTwiceAndTheNextDayClosesThePreviousThread() throws Exception {
    // three people solve the day's basic question and one answers the quiz, with B
    for (FakeDiscord.FakeUser user : java.util.List.of(discord.alice, discord.bob, discord.admin)) {
      assertThat(answerInThread(user, RIGHT).text("/embeds/0/description")).contains("Passed");
    }
    int pressed = discord.mark();
    long press = discord.buttonPress(discord.alice, discord.channelId, quizMessageId, "quiz:v1:list-aliasing-quiz:1");
    assertThat(hookReply(pressed, press).text("/content")).contains("Correct");

    // an answer still grading when the bot stops is finished, saved and answered first
    awaitNoGrading(); // earlier gradings may still be finishing after their reply was sent
    int mark = discord.mark();
    int saved = progress.submissions.size();
    discord.userMessage(discord.bob, threadId, "```python\ndef add(a, b):\n    return b + a\n```", null);
    for (int i = 0; i < 200 && bot.gradingsInFlight() == 0; i++) {
      Thread.sleep(10);
    }
    assertThat(bot.gradingsInFlight()).isEqualTo(1);
    bot.close();
    bot = null;
    assertThat(progress.submissions).hasSize(saved + 1);
    discord.awaitCall(mark, post(channelMessages(threadId)).and(c -> c.body().has("embeds")), WAIT);

    mark = discord.mark();
    bot = startBot();
    bot.tick();
    assertThat(discord.callsSince(mark)).noneMatch(post(channelMessages(discord.channelId)));

    // down over night, and restarted the next day: Discord has archived every thread whose
    // auto-archive duration ran out, and a new JDA client knows only the active ones
    bot.close();
    bot = null;
    clock.advance(Duration.ofDays(1));
    discord.timePasses(Duration.ofDays(1));
    mark = discord.mark();
    bot = startBot();
    bot.tick();
    RecordedCall closing = discord.awaitCall(mark, post(channelMessages(threadId)), WAIT);
    assertThat(closing.text("/content")).contains("Day over").contains("3 people solved").contains("||");
    discord.awaitCall(mark, post(channelMessages(discord.channelId)), WAIT);
    RecordedCall tally = discord.awaitCall(mark, post(channelMessages(quizMessageId)), WAIT);
    assertThat(tally.text("/content")).contains("✅ B: 1").contains("▫️ A: 0");

    mark = discord.mark();
    long late = discord.buttonPress(discord.bob, discord.channelId, quizMessageId, "quiz:v1:list-aliasing-quiz:0");
    assertThat(hookReply(mark, late).text("/content")).contains("day is over").contains("**B**");
  }

  @Test
  void everyKindOfEditAllowsNoMention() throws Exception {
    // a result edited after its answer was, hook edits of deferred replies, and a button's update
    editingAnAnswerRegradesAndEditsTheResult();
    hintIsEphemeralAndRecordedAndAskingAfterTheLastCostsNothing();
    explainAsksForConfirmationBeforeASolve();
    aQuizButtonCountsOnePressPerUser();
    submitOpensAModalAndGradesIt();
    var edits = edits();
    assertThat(edits).hasSizeGreaterThan(6);
    assertThat(edits).anyMatch(c -> c.is("PATCH", "channels/\\d+/messages/\\d+"))
        .anyMatch(c -> c.is("PATCH", "webhooks/\\d+/.+/messages/.+"));
    assertThat(edits).allSatisfy(DiscordEndToEndTest::allowsNoMention);
  }
}
