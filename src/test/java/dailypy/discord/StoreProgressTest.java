package dailypy.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.discord.fake.FakeDiscord;
import dailypy.discord.fake.RecordedCall;
import dailypy.discord.support.MarkerGrader;
import dailypy.discord.support.MutableClock;
import dailypy.discord.support.SampleQuestions;
import dailypy.progress.ProgressStore;
import dailypy.runner.RunResult;
import dailypy.runner.TestResult;
import dailypy.runner.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress port over a real SQLite file, and the bot restarting on that file. */
class StoreProgressTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));

  @TempDir
  Path dir;

  private static RunResult passed() {
    return new RunResult(Verdict.PASSED, "", List.of(new TestResult("t", true, false, "", "")), "", null, null, 3,
        "test");
  }

  @Test
  void settingsPostsSubmissionsQuizAndProfileRoundTrip() {
    try (ProgressStore store = ProgressStore.open(dir.resolve("tutor.db"), clock)) {
      StoreProgress p = new StoreProgress(store);
      GuildSettings s = new GuildSettings(1, 2, Set.of("basic", "advanced"), LocalTime.of(7, 30),
          ZoneId.of("Asia/Tokyo"), 3, false, true);
      p.saveSettings(s);
      assertThat(p.settings(1)).contains(s);
      assertThat(p.allSettings()).containsExactly(s);
      p.saveSettings(s.withChannel(0).withPingRole(0));
      assertThat(p.settings(1).orElseThrow().channelId()).isZero();

      DailyPost claim = p.claimDailyPost(1, "basic", DAY, "add-two-numbers");
      assertThat(claim.posted()).isFalse();
      assertThat(p.claimDailyPost(1, "basic", DAY, "other").questionId()).isEqualTo("add-two-numbers");
      assertThat(p.freshQuestions(1, "basic", List.of("add-two-numbers", "other"))).containsExactly("other");
      p.markPosted(1, "basic", DAY, 100, 0);
      p.markPosted(1, "basic", DAY, 100, 100);
      DailyPost post = p.dailyPost(1, "basic", DAY).orElseThrow();
      assertThat(post.posted()).isTrue();
      assertThat(post.threadId()).isEqualTo(100);
      assertThat(p.dailyPostByMessageOrThread(1, 100)).contains(post);
      assertThat(p.dailyPostByMessageOrThread(9, 100)).isEmpty();
      p.claimDailyPost(1, "basic", DAY.plusDays(2), "x");
      assertThat(p.previousDailyPost(1, "basic", DAY.plusDays(2))).contains(post);

      assertThat(p.recordHint(1, 7, "add-two-numbers", 2)).hasValue(1);
      ProgressPort.Award award = p.recordSubmission(new ProgressPort.Submission(1, 7, "add-two-numbers", "basic",
          "math", post, "def add(a, b): return a + b", passed(), DAY));
      assertThat(award.points()).isPositive();
      assertThat(award.streakGrew()).isTrue();
      assertThat(award.streak()).isEqualTo(1);
      assertThat(p.hasSolved(1, 7, "add-two-numbers")).isTrue();
      assertThat(p.solveCount(post)).isEqualTo(1);
      ProgressPort.Award again = p.recordSubmission(new ProgressPort.Submission(1, 7, "add-two-numbers", "basic",
          "math", post, "def add(a, b): return b + a", passed(), DAY));
      assertThat(again.alreadySolved()).isTrue();
      assertThat(again.points()).isZero();

      assertThat(p.recordQuizAnswer(post, 8, 1, true)).isTrue();
      assertThat(p.recordQuizAnswer(post, 8, 0, false)).isFalse();
      assertThat(p.recordQuizAnswer(post, 9, 0, false)).isTrue();
      assertThat(p.quizTally(post)).isEqualTo(Map.of(0, 1, 1, 1));

      assertThat(p.leaderboard(1, false, DAY, 10)).extracting(ProgressPort.LeaderRow::userId).containsExactly(7L);
      assertThat(p.streak(1, 7, DAY).current()).isEqualTo(1);
      ProgressPort.Profile profile = p.profile(1, 7, DAY);
      assertThat(profile.solved()).isEqualTo(1);
      assertThat(profile.solvedByLevel()).containsEntry("basic", 1);
      assertThat(profile.activeDays()).contains(DAY);

      assertThat(p.resultMessage(1, 500)).isEmpty();
      p.saveResultMessage(1, 500, 600);
      assertThat(p.resultMessage(1, 500)).hasValue(600);
      assertThat(p.resultMessage(2, 500)).isEmpty();

      p.forget(1, 7);
      assertThat(p.hasSolved(1, 7, "add-two-numbers")).isFalse();
      assertThat(p.recordQuizAnswer(post, 8, 2, false)).isFalse();
    }
  }

  @Test
  void aFreezeEarnedAndUsedIsReportedAndTheFrozenDayReachesTheCalendar() {
    LocalDate first = DAY;
    LocalDate missed = first.plusDays(7);
    try (ProgressStore store = ProgressStore.open(dir.resolve("freeze.db"), clock)) {
      StoreProgress p = new StoreProgress(store);
      List<ProgressPort.Award> awards = new java.util.ArrayList<>();
      for (int i = 0; i < 9; i++) {
        LocalDate day = first.plusDays(i);
        p.claimDailyPost(1, "basic", day, "q-" + i);
        p.markPosted(1, "basic", day, 500 + i, 0);
        DailyPost post = p.dailyPost(1, "basic", day).orElseThrow();
        if (!day.equals(missed)) {
          awards.add(p.recordSubmission(new ProgressPort.Submission(1, 7, "q-" + i, "basic", "math", post,
              "code", passed(), day)));
        }
        clock.advance(Duration.ofDays(1));
      }
      ProgressPort.Award seventh = awards.get(6);
      assertThat(seventh.streak()).isEqualTo(7);
      assertThat(seventh.freezeEarned()).as("a freeze for every 7 days of streak").isTrue();
      ProgressPort.Award back = awards.get(7);
      assertThat(back.freezesUsed()).as("the missed day used the freeze").isEqualTo(1);
      assertThat(back.streak()).isEqualTo(8);
      assertThat(awards.subList(0, 6)).allSatisfy(a -> assertThat(a.freezesUsed()).isZero());

      ProgressPort.Profile profile = p.profile(1, 7, first.plusDays(8));
      assertThat(profile.frozenDays()).containsExactly(missed);
      assertThat(profile.activeDays()).hasSize(8).doesNotContain(missed).contains(first, first.plusDays(8));
    }
  }

  @Test
  void solveCountsAndQuizTalliesSurviveARestart() {
    Path db = dir.resolve("restart.db");
    try (ProgressStore store = ProgressStore.open(db, clock)) {
      StoreProgress p = new StoreProgress(store);
      DailyPost post = p.claimDailyPost(1, "basic", DAY, "add-two-numbers");
      p.markPosted(1, "basic", DAY, 100, 0);
      post = p.dailyPost(1, "basic", DAY).orElseThrow();
      for (long user : List.of(7L, 8L, 8L)) {
        p.recordSubmission(new ProgressPort.Submission(1, user, "add-two-numbers", "basic", "math", post,
            "code", passed(), DAY));
      }
      p.recordQuizAnswer(post, 7, 2, true);
      p.recordQuizAnswer(post, 8, 2, true);
      p.recordQuizAnswer(post, 9, 0, false);
    }
    try (ProgressStore store = ProgressStore.open(db, clock)) {
      StoreProgress p = new StoreProgress(store);
      DailyPost post = p.dailyPost(1, "basic", DAY).orElseThrow();
      assertThat(p.solveCount(post)).as("two users solved it; a re-solve does not count").isEqualTo(2);
      assertThat(p.quizTally(post)).isEqualTo(Map.of(0, 1, 2, 2));
      assertThat(p.recordQuizAnswer(post, 7, 1, false)).as("one press per user, after a restart too").isFalse();
    }
  }

  @Test
  void aRestartOnTheSameDatabaseDoesNotPostAgain() throws Exception {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("net.dv8tion"))
        .setLevel(ch.qos.logback.classic.Level.INFO);
    Path db = dir.resolve("bot.db");
    try (FakeDiscord discord = new FakeDiscord()) {
      DiscordOptions options = new DiscordOptions(discord.restBaseUrl(), discord.gatewayUrl(), true, 1,
          Duration.ZERO, Duration.ofHours(1));
      try (ProgressStore store = ProgressStore.open(db, clock)) {
        new StoreProgress(store).saveSettings(new GuildSettings(discord.guildId, discord.channelId,
            Set.of("basic"), LocalTime.of(9, 0), ZoneId.of("UTC"), 0, true, false));
        try (DiscordBot bot = DiscordBot.start("fake-token", options, new SampleQuestions(), new MarkerGrader(),
            new StoreProgress(store), clock)) {
          RecordedCall daily = discord.awaitCall(0, c -> c.is("POST", "channels/\\d+/messages/\\d+/threads"),
              Duration.ofSeconds(10));
          assertThat(daily).isNotNull();
        }
      }
      int mark = discord.mark();
      try (ProgressStore store = ProgressStore.open(db, clock);
          DiscordBot bot = DiscordBot.start("fake-token", options, new SampleQuestions(), new MarkerGrader(),
              new StoreProgress(store), clock)) {
        bot.tick();
        assertThat(new StoreProgress(store).dailyPost(discord.guildId, "basic", DAY).orElseThrow().posted()).isTrue();
      }
      assertThat(discord.callsSince(mark)).noneMatch(c -> c.is("POST", "channels/\\d+/messages"));
    }
  }
}
