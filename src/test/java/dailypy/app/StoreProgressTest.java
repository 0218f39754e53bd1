package dailypy.app;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.progress.DailyPost;
import dailypy.progress.GuildSettings;
import dailypy.progress.LeaderboardEntry;
import dailypy.progress.Level;
import dailypy.progress.Profile;
import dailypy.progress.ProgressStore;
import dailypy.progress.SubmissionOutcome;
import dailypy.runner.RunResult;
import dailypy.testing.MutableClock;
import dailypy.testing.Results;
import dailypy.verdict.Verdict;
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

/** The progress port over a real SQLite file. */
class StoreProgressTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));

  @TempDir
  Path dir;

  private static RunResult passed() {
    return Results.of(Verdict.PASSED).tests(Results.test("t", true)).millis(3).build();
  }

  private static ProgressPort.Submission submission(long user, String questionId, DailyPost post) {
    return new ProgressPort.Submission(new Player(1, user), questionId, Level.BASIC, "math", post, "code", passed());
  }

  @Test
  void settingsPostsSubmissionsQuizAndProfileRoundTrip() {
    try (ProgressStore store = ProgressStore.open(dir.resolve("tutor.db"), clock)) {
      StoreProgress p = new StoreProgress(store);
      GuildSettings s = new GuildSettings(1, 2L, Set.of(Level.BASIC, Level.ADVANCED), LocalTime.of(7, 30),
          ZoneId.of("Asia/Tokyo"), 3L, false, true);
      p.saveSettings(s);
      assertThat(p.settings(1)).contains(s);
      assertThat(p.allSettings()).containsExactly(s);
      p.saveSettings(s.withChannel(null).withPingRole(null));
      assertThat(p.settings(1).orElseThrow().channelId()).isNull();

      DailyPost claim = p.claimDailyPost(1, Level.BASIC, DAY, "add-two-numbers");
      assertThat(claim.posted()).isFalse();
      assertThat(p.claimDailyPost(1, Level.BASIC, DAY, "other").questionId()).isEqualTo("add-two-numbers");
      assertThat(p.freshQuestions(1, Level.BASIC, List.of("add-two-numbers", "other"))).containsExactly("other");
      p.markPosted(claim, 100, null);
      p.markPosted(claim, 100, 100L);
      DailyPost post = p.dailyPost(1, Level.BASIC, DAY).orElseThrow();
      assertThat(post.posted()).isTrue();
      assertThat(post.threadId()).isEqualTo(100L);
      assertThat(p.dailyPostByMessageOrThread(1, 100)).contains(post);
      assertThat(p.dailyPostByMessageOrThread(9, 100)).isEmpty();
      p.claimDailyPost(1, Level.BASIC, DAY.plusDays(2), "x");
      assertThat(p.previousDailyPost(1, Level.BASIC, DAY.plusDays(2))).contains(post);

      assertThat(p.recordHint(1, 7, "add-two-numbers", 2)).hasValue(1);
      SubmissionOutcome award = p.recordSubmission(submission(7, "add-two-numbers", post));
      assertThat(award.totalAwarded()).isPositive();
      assertThat(award.streakCredited()).isTrue();
      assertThat(award.streakAfter()).isEqualTo(1);
      assertThat(p.hasSolved(1, 7, "add-two-numbers")).isTrue();
      assertThat(p.solveCount(post)).isEqualTo(1);
      SubmissionOutcome again = p.recordSubmission(submission(7, "add-two-numbers", post));
      assertThat(again.resolve()).isTrue();
      assertThat(again.totalAwarded()).isZero();

      assertThat(p.recordQuizAnswer(post, 8, 1)).isTrue();
      assertThat(p.recordQuizAnswer(post, 8, 0)).isFalse();
      assertThat(p.recordQuizAnswer(post, 9, 0)).isTrue();
      assertThat(p.quizTally(post)).isEqualTo(Map.of(0, 1, 1, 1));

      assertThat(p.leaderboard(1, false, 10)).extracting(LeaderboardEntry::userId).containsExactly(7L);
      assertThat(p.profile(1, 7).streak().current()).isEqualTo(1);
      Profile profile = p.profile(1, 7);
      assertThat(profile.solved()).isEqualTo(1);
      assertThat(profile.solvedByLevel()).containsEntry(Level.BASIC, 1);
      assertThat(profile.activeDays()).contains(DAY);

      assertThat(p.resultMessage(1, 500)).isEmpty();
      p.saveResultMessage(1, 500, 600);
      assertThat(p.resultMessage(1, 500)).hasValue(600);
      assertThat(p.resultMessage(2, 500)).isEmpty();

      p.forget(1, 7);
      assertThat(p.hasSolved(1, 7, "add-two-numbers")).isFalse();
      assertThat(p.recordQuizAnswer(post, 8, 2)).isFalse();
    }
  }

  @Test
  void aFreezeEarnedAndUsedIsReportedAndTheFrozenDayReachesTheCalendar() {
    LocalDate first = DAY;
    LocalDate missed = first.plusDays(7);
    try (ProgressStore store = ProgressStore.open(dir.resolve("freeze.db"), clock)) {
      StoreProgress p = new StoreProgress(store);
      List<SubmissionOutcome> awards = new java.util.ArrayList<>();
      for (int i = 0; i < 9; i++) {
        LocalDate day = first.plusDays(i);
        p.markPosted(p.claimDailyPost(1, Level.BASIC, day, "q-" + i), 500 + i, null);
        DailyPost post = p.dailyPost(1, Level.BASIC, day).orElseThrow();
        if (!day.equals(missed)) {
          awards.add(p.recordSubmission(submission(7, "q-" + i, post)));
        }
        clock.advance(Duration.ofDays(1));
      }
      SubmissionOutcome seventh = awards.get(6);
      assertThat(seventh.streakAfter()).isEqualTo(7);
      assertThat(seventh.freezeEarned()).as("a freeze for every 7 days of streak").isTrue();
      SubmissionOutcome back = awards.get(7);
      assertThat(back.freezesUsed()).as("the missed day used the freeze").isEqualTo(1);
      assertThat(back.streakAfter()).isEqualTo(8);
      assertThat(awards.subList(0, 6)).allSatisfy(a -> assertThat(a.freezesUsed()).isZero());

      Profile profile = p.profile(1, 7);
      assertThat(profile.frozenDays()).containsExactly(missed);
      assertThat(profile.activeDays()).hasSize(8).doesNotContain(missed).contains(first, first.plusDays(8));
    }
  }

  @Test
  void solveCountsAndQuizTalliesSurviveARestart() {
    Path db = dir.resolve("restart.db");
    try (ProgressStore store = ProgressStore.open(db, clock)) {
      StoreProgress p = new StoreProgress(store);
      p.markPosted(p.claimDailyPost(1, Level.BASIC, DAY, "add-two-numbers"), 100, null);
      DailyPost post = p.dailyPost(1, Level.BASIC, DAY).orElseThrow();
      for (long user : List.of(7L, 8L, 8L)) {
        p.recordSubmission(submission(user, "add-two-numbers", post));
      }
      p.recordQuizAnswer(post, 7, 2);
      p.recordQuizAnswer(post, 8, 2);
      p.recordQuizAnswer(post, 9, 0);
    }
    try (ProgressStore store = ProgressStore.open(db, clock)) {
      StoreProgress p = new StoreProgress(store);
      DailyPost post = p.dailyPost(1, Level.BASIC, DAY).orElseThrow();
      assertThat(p.solveCount(post)).as("two users solved it; a re-solve does not count").isEqualTo(2);
      assertThat(p.quizTally(post)).isEqualTo(Map.of(0, 1, 2, 2));
      assertThat(p.recordQuizAnswer(post, 7, 1)).as("one press per user, after a restart too").isFalse();
    }
  }
}
