package dailypy.discord.daily;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.app.App;
import dailypy.app.QuestionCatalog;
import dailypy.app.StoreProgress;
import dailypy.discord.DiscordBot;
import dailypy.discord.DiscordOptions;
import dailypy.discord.fake.FakeDiscord;
import dailypy.discord.fake.RecordedCall;
import dailypy.discord.render.Embeds;
import dailypy.discord.support.MarkerGrader;
import dailypy.discord.support.SampleQuestions;
import dailypy.progress.DailyPost;
import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import dailypy.progress.ProgressStore;
import dailypy.questions.Question;
import dailypy.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily poster day after day, against the fake Discord and a real SQLite file. */
class DailyPosterTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir
  Path dir;

  /** Half an hour after the post time on {@link #DAY}. */
  private static final Instant START = Instant.parse("2026-11-23T09:30:00Z");

  private static DiscordOptions options(FakeDiscord discord) {
    return new DiscordOptions(discord.restBaseUrl(), discord.gatewayUrl(), true, 1, Duration.ZERO, Duration.ofHours(1));
  }

  private static GuildSettings settings(FakeDiscord discord, boolean threads) {
    return new GuildSettings(discord.guildId, discord.channelId, Set.of(Level.BASIC), LocalTime.of(9, 0),
        ZoneId.of("UTC"), null, threads, false);
  }

  @Test
  void noQuestionIsPostedTwoDaysInARowOverSeveralCycles() throws Exception {
    for (int poolSize : new int[] {2, 3}) {
      List<String> asked = postDaily(new YesterdayLovingCatalog(poolSize), 3 * poolSize + 1,
          dir.resolve("pool-" + poolSize + ".db"));
      for (int day = 1; day < asked.size(); day++) {
        assertThat(asked.get(day)).as("day %d of %s", day, asked).isNotEqualTo(asked.get(day - 1));
      }
      for (int cycle = 0; cycle + poolSize <= asked.size(); cycle += poolSize) {
        assertThat(Set.copyOf(asked.subList(cycle, cycle + poolSize))).as("a cycle of %s", asked).hasSize(poolSize);
      }
    }
  }

  private static DiscordBot start(FakeDiscord discord, ProgressStore store, MutableClock clock) throws Exception {
    return start(discord, new SampleQuestions(), store, clock);
  }

  private static DiscordBot start(FakeDiscord discord, QuestionCatalog questions, ProgressStore store,
      MutableClock clock) throws Exception {
    return DiscordBot.start("fake-token", options(discord),
        new App(questions, new MarkerGrader(), new StoreProgress(store), clock));
  }

  private static String messagesOf(long channel) {
    return "channels/" + Long.toUnsignedString(channel) + "/messages";
  }

  /** Runs the bot on day 1 until its question and thread are posted, then stops it; returns the post. */
  private static DailyPost postDayOne(FakeDiscord discord, Path db, MutableClock clock) throws Exception {
    try (ProgressStore store = ProgressStore.open(db, clock)) {
      new StoreProgress(store).saveSettings(settings(discord, true));
      try (DiscordBot bot = start(discord, store, clock)) {
        bot.tick();
        DailyPost post = new StoreProgress(store).dailyPost(discord.guildId, Level.BASIC, DAY).orElseThrow();
        assertThat(post.threadId()).isNotNull();
        return post;
      }
    }
  }

  @Test
  void anArchivedThreadGetsTheClosingMessageAfterARestart() throws Exception {
    Path db = dir.resolve("archived.db");
    MutableClock clock = new MutableClock(START);
    try (FakeDiscord discord = new FakeDiscord()) {
      DailyPost dayOne = postDayOne(discord, db, clock);
      // a moderator archived it, or the bot was down for longer than its auto-archive duration
      discord.archiveThread(dayOne.threadId());
      clock.advance(Duration.ofDays(1));
      int mark = discord.mark();
      try (ProgressStore store = ProgressStore.open(db, clock); DiscordBot bot = start(discord, store, clock)) {
        bot.tick();
        RecordedCall closing = discord.awaitCall(mark, c -> c.is("POST", messagesOf(dayOne.threadId())), WAIT);
        assertThat(closing.text("/content")).contains("Day over").contains("||");
        assertThat(discord.callsSince(mark)).as("the archived thread was looked up")
            .anyMatch(c -> c.is("GET", "channels/\\d+/threads/archived/public"));
        assertThat(discord.callsSince(mark)).noneMatch(c -> c.is("POST", messagesOf(discord.channelId))
            && c.text("/content").contains("Day over"));
      }
    }
  }

  @Test
  void aDeletedThreadFallsBackToAReplyInTheDailyChannel() throws Exception {
    Path db = dir.resolve("deleted.db");
    MutableClock clock = new MutableClock(START);
    try (FakeDiscord discord = new FakeDiscord()) {
      DailyPost dayOne = postDayOne(discord, db, clock);
      discord.deleteThread(dayOne.threadId());
      clock.advance(Duration.ofDays(1));
      int mark = discord.mark();
      try (ProgressStore store = ProgressStore.open(db, clock); DiscordBot bot = start(discord, store, clock)) {
        bot.tick();
        RecordedCall closing = discord.awaitCall(mark, c -> c.is("POST", messagesOf(discord.channelId))
            && c.text("/content").contains("Day over"), WAIT);
        assertThat(closing.text("/message_reference/message_id")).isEqualTo(Long.toUnsignedString(dayOne.messageId()));
      }
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode json(net.dv8tion.jda.api.entities.MessageEmbed embed)
      throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(embed.toData().toString());
  }

  @Test
  void aPostSentButNeverRecordedIsRecordedInsteadOfPostedAgain() throws Exception {
    Path db = dir.resolve("unrecorded.db");
    MutableClock clock = new MutableClock(START);
    try (FakeDiscord discord = new FakeDiscord(); ProgressStore store = ProgressStore.open(db, clock)) {
      StoreProgress progress = new StoreProgress(store);
      progress.saveSettings(settings(discord, true));
      // the bot claimed the slot and sent the post, then stopped before recording it
      progress.claimDailyPost(discord.guildId, Level.BASIC, DAY, SampleQuestions.ADD.id());
      long lost = discord.botMessage(discord.channelId, json(Embeds.dailyQuestion(SampleQuestions.ADD, DAY, true)));
      discord.userMessage(discord.alice, discord.channelId, "good morning", null);
      int mark = discord.mark();
      try (DiscordBot bot = start(discord, store, clock)) {
        bot.tick();
        DailyPost post = progress.dailyPost(discord.guildId, Level.BASIC, DAY).orElseThrow();
        assertThat(post.messageId()).isEqualTo(lost);
        assertThat(post.threadId()).as("its thread is opened on the found post").isEqualTo(lost);
      }
      assertThat(discord.callsSince(mark)).noneMatch(c -> c.is("POST", messagesOf(discord.channelId)));
      assertThat(discord.callsSince(mark)).filteredOn(c -> c.is("POST", "channels/\\d+/messages/\\d+/threads"))
          .extracting(RecordedCall::path).containsExactly(messagesOf(discord.channelId) + "/" + lost + "/threads");
    }
  }

  @Test
  void aClaimedSlotIsStillPostedWhenOnlyOtherDaysPostsAreInTheChannel() throws Exception {
    Path db = dir.resolve("claimed.db");
    MutableClock clock = new MutableClock(START);
    try (FakeDiscord discord = new FakeDiscord(); ProgressStore store = ProgressStore.open(db, clock)) {
      StoreProgress progress = new StoreProgress(store);
      progress.saveSettings(settings(discord, false));
      progress.claimDailyPost(discord.guildId, Level.BASIC, DAY, SampleQuestions.ADD.id());
      // the same question a week ago, and a practice post of it: neither is today's post
      discord.botMessage(discord.channelId, json(Embeds.dailyQuestion(SampleQuestions.ADD, DAY.minusDays(7), true)));
      discord.botMessage(discord.channelId, json(Embeds.question(SampleQuestions.ADD, "🏋️ Practice", true)));
      int mark = discord.mark();
      try (DiscordBot bot = start(discord, store, clock)) {
        bot.tick();
        assertThat(progress.dailyPost(discord.guildId, Level.BASIC, DAY).orElseThrow().posted()).isTrue();
      }
      assertThat(discord.callsSince(mark)).filteredOn(c -> c.is("POST", messagesOf(discord.channelId)))
          .singleElement().satisfies(c -> assertThat(c.text("/embeds/0/footer/text"))
              .isEqualTo("id: add-two-numbers · " + DAY));
    }
  }

  @Test
  void aRestartOnTheSameDatabaseDoesNotPostAgain() throws Exception {
    Path db = dir.resolve("bot.db");
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    try (FakeDiscord discord = new FakeDiscord()) {
      try (ProgressStore store = ProgressStore.open(db, clock)) {
        new StoreProgress(store).saveSettings(settings(discord, true));
        try (DiscordBot bot = start(discord, store, clock)) {
          RecordedCall daily = discord.awaitCall(0, c -> c.is("POST", "channels/\\d+/messages/\\d+/threads"),
              Duration.ofSeconds(10));
          assertThat(daily).isNotNull();
        }
      }
      int mark = discord.mark();
      try (ProgressStore store = ProgressStore.open(db, clock); DiscordBot bot = start(discord, store, clock)) {
        bot.tick();
        assertThat(new StoreProgress(store).dailyPost(discord.guildId, Level.BASIC, DAY).orElseThrow().posted())
            .isTrue();
      }
      assertThat(discord.callsSince(mark)).noneMatch(c -> c.is("POST", "channels/\\d+/messages"));
    }
  }

  /** Runs the bot for {@code days} days from {@link #DAY}; returns the question posted each day. */
  private List<String> postDaily(QuestionCatalog catalog, int days, Path db) throws Exception {
    List<String> asked = new ArrayList<>();
    MutableClock clock = new MutableClock(START);
    try (FakeDiscord discord = new FakeDiscord(); ProgressStore store = ProgressStore.open(db, clock)) {
      StoreProgress progress = new StoreProgress(store);
      progress.saveSettings(settings(discord, false));
      try (DiscordBot bot = start(discord, catalog, store, clock)) {
        for (int day = 0; day < days; day++) {
          bot.tick();
          LocalDate date = DAY.plusDays(day);
          DailyPost post = progress.dailyPost(discord.guildId, Level.BASIC, date).orElseThrow();
          assertThat(post.posted()).as("posted on %s", date).isTrue();
          asked.add(post.questionId());
          clock.advance(Duration.ofDays(1));
        }
      }
    }
    return asked;
  }

  /**
   * A catalog of a few basic questions whose random pick always lands on yesterday's question when
   * it is offered, so only the poster and the store keep it from coming twice in a row.
   */
  static final class YesterdayLovingCatalog implements QuestionCatalog {
    private final Map<String, Question> byId = new LinkedHashMap<>();
    private String last;

    YesterdayLovingCatalog(int size) {
      Question add = SampleQuestions.ADD;
      for (int i = 1; i <= size; i++) {
        Question q = new Question("add-" + i, "Add, take " + i, add.level(), add.topic(), add.kind(), add.source(),
            null, add.prompt(), add.starter(), add.tests(), add.constraints(), add.hints(), add.explanation(),
            add.solution(), add.wrongSolutions(), add.requires(), add.limits(), add.tags(), add.options(),
            add.snippet(), add.expectedOutput(), add.wrongAnswers());
        byId.put(q.id(), q);
      }
    }

    @Override
    public Optional<Question> find(String id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Question> search(String text, int limit) {
      return List.of();
    }

    @Override
    public List<String> dailyPool(String level) {
      return level.equals("basic") ? List.copyOf(byId.keySet()) : List.of();
    }

    @Override
    public synchronized Optional<Question> pickDaily(List<String> candidates) {
      if (candidates.isEmpty()) {
        return Optional.empty();
      }
      last = last != null && candidates.contains(last) ? last : candidates.getFirst();
      return find(last);
    }

    @Override
    public Optional<Question> pickPractice(String level, String topic, Set<String> seen) {
      return Optional.empty();
    }

    @Override
    public boolean gradable(Question q) {
      return true;
    }

    @Override
    public String whyNone(String level, String topic) {
      return "none";
    }

    @Override
    public Set<String> levels() {
      return Set.of("basic");
    }
  }
}
