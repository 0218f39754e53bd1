package dailypy.progress;

import static dailypy.verdict.Verdict.FAILED;
import static dailypy.verdict.Verdict.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of docs/rules.md, against a real SQLite file or PostgreSQL, and an injected clock. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class RulesTest {
  @Parameter StoreKind kind;
  @TempDir Path dir;
  StoreFixture f;
  static final LocalDate D = LocalDate.of(2026, 3, 2); // a Monday

  @BeforeEach
  void open() {
    f = new StoreFixture(kind, dir, 42L, ZoneId.of("Europe/Berlin"));
  }

  @AfterEach
  void close() {
    f.store.close();
  }

  /** Posts a basic question on {@code day} and has {@code user} solve it at 20:00 that day. */
  SubmissionOutcome solveDaily(long user, LocalDate day) {
    DailyPost p = f.store.posts().find(f.guild, Level.BASIC, day).filter(DailyPost::posted)
        .orElseGet(() -> f.post(Level.BASIC, day, "q-" + day));
    f.at(day.atTime(20, 0));
    return f.submit(user, p, PASSED);
  }

  @Test
  void pointsByLevelAndFirstSolverBonus() {
    f.at(D.atTime(9, 0));
    DailyPost basic = f.post(Level.BASIC, D, "b1");
    DailyPost inter = f.post(Level.INTERMEDIATE, D, "i1");
    DailyPost adv = f.post(Level.ADVANCED, D, "a1");
    f.at(D.atTime(10, 0));
    assertThat(f.submit(1, basic, PASSED).points()).isEqualTo(10);
    assertThat(f.submit(2, basic, PASSED).firstSolverBonus()).isZero();
    SubmissionOutcome i = f.submit(2, inter, PASSED);
    assertThat(i.points()).isEqualTo(20);
    assertThat(i.firstSolverBonus()).isEqualTo(5);
    assertThat(f.submit(3, adv, PASSED).totalAwarded()).isEqualTo(35);
    assertThat(f.store.leaderboards().allTime(f.guild, 10))
        .extracting(LeaderboardEntry::userId, LeaderboardEntry::points)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, 35),
            org.assertj.core.groups.Tuple.tuple(3L, 35),
            org.assertj.core.groups.Tuple.tuple(1L, 15));
  }

  @Test
  void hintsCostAQuarterEachWithAFloorOfAQuarter() {
    assertThat(PointsRule.solvePoints(Level.INTERMEDIATE, 0, false)).isEqualTo(20);
    assertThat(PointsRule.solvePoints(Level.INTERMEDIATE, 1, false)).isEqualTo(15);
    assertThat(PointsRule.solvePoints(Level.INTERMEDIATE, 2, false)).isEqualTo(10);
    assertThat(PointsRule.solvePoints(Level.INTERMEDIATE, 3, false)).isEqualTo(5);
    assertThat(PointsRule.solvePoints(Level.INTERMEDIATE, 7, false)).isEqualTo(5);
    assertThat(PointsRule.solvePoints(Level.BASIC, 1, false)).isEqualTo(8);
    assertThat(PointsRule.solvePoints(Level.ADVANCED, 9, true)).isZero();

    f.at(D.atTime(9, 0));
    DailyPost p = f.post(Level.ADVANCED, D, "a1");
    assertThat(f.store.hints().recordHint(f.guild, 7, "a1", 3)).hasValue(1);
    assertThat(f.store.hints().recordHint(f.guild, 7, "a1", 3)).hasValue(2);
    SubmissionOutcome o = f.submit(7, p, PASSED);
    assertThat(o.hintsTaken()).isEqualTo(2);
    assertThat(o.points()).isEqualTo(15);
    assertThat(o.firstSolverBonus()).isEqualTo(5);
    // A hint after solving changes nothing already awarded.
    f.store.hints().recordHint(f.guild, 7, "a1", 3);
    assertThat(f.store.profiles().profile(f.guild, 7).points()).isEqualTo(20);
  }

  @Test
  void askingForAHintAfterTheLastOneRecordsNothingMore() {
    f.at(D.atTime(9, 0));
    DailyPost p = f.post(Level.INTERMEDIATE, D, "i1");
    assertThat(f.store.hints().recordHint(f.guild, 7, "i1", 2)).hasValue(1);
    assertThat(f.store.hints().recordHint(f.guild, 7, "i1", 2)).hasValue(2);
    assertThat(f.store.hints().recordHint(f.guild, 7, "i1", 2)).isEmpty();
    assertThat(f.store.hints().recordHint(f.guild, 7, "i1", 2)).isEmpty();
    assertThat(f.store.hints().hintsTaken(f.guild, 7, "i1")).isEqualTo(2);
    assertThat(f.store.hints().recordHint(f.guild, 8, "i1", 0)).isEmpty();
    assertThat(f.store.hints().hintsTaken(f.guild, 8, "i1")).isZero();
    // two hints of two cost half the points, not three quarters
    assertThat(f.submit(7, p, PASSED).points()).isEqualTo(10);
  }

  @Test
  void revealForfeitsPointsAndTheBonusButNotTheStreak() {
    f.at(D.atTime(9, 0));
    DailyPost p = f.post(Level.BASIC, D, "b1");
    assertThat(f.store.hints().recordReveal(f.guild, 1, "b1")).isTrue();
    SubmissionOutcome o = f.submit(1, p, PASSED);
    assertThat(o.solved()).isTrue();
    assertThat(o.revealed()).isTrue();
    assertThat(o.totalAwarded()).isZero();
    assertThat(o.streakAfter()).isEqualTo(1);
    // The bonus is still available to the first honest solver.
    assertThat(f.submit(2, p, PASSED).firstSolverBonus()).isEqualTo(5);
    // Revealing after solving forfeits nothing.
    assertThat(f.store.hints().recordReveal(f.guild, 2, "b1")).isFalse();
    assertThat(f.store.leaderboards().allTime(f.guild, 10))
        .extracting(LeaderboardEntry::userId)
        .containsExactly(2L);
  }

  @Test
  void reSolveEarnsNothingAndFailuresEarnNothing() {
    f.at(D.atTime(9, 0));
    DailyPost p = f.post(Level.BASIC, D, "b1");
    SubmissionOutcome fail = f.submit(1, p, FAILED);
    assertThat(fail.solved()).isFalse();
    assertThat(fail.totalAwarded()).isZero();
    assertThat(fail.streakCredited()).isFalse();
    assertThat(f.submit(1, p, PASSED).totalAwarded()).isEqualTo(15);
    SubmissionOutcome again = f.submit(1, p, PASSED);
    assertThat(again.resolve()).isTrue();
    assertThat(again.solved()).isFalse();
    assertThat(again.totalAwarded()).isZero();
    assertThat(again.streakCredited()).isFalse();
    assertThat(f.store.profiles().profile(f.guild, 1).points()).isEqualTo(15);
    assertThat(f.store.hints().hasSolved(f.guild, 1, "b1")).isTrue();
    assertThat(f.store.hints().hasSolved(f.guild, 2, "b1")).isFalse();
  }

  @Test
  void lateSolveEarnsPointsButNoStreak() {
    f.at(D.atTime(9, 0));
    DailyPost p = f.post(Level.BASIC, D, "b1");
    f.at(D.plusDays(1).atTime(0, 30)); // just after midnight in Berlin
    SubmissionOutcome o = f.submit(1, p, PASSED);
    assertThat(o.late()).isTrue();
    assertThat(o.points()).isEqualTo(10);
    assertThat(o.streakCredited()).isFalse();
    assertThat(o.streakAfter()).isZero();
    // Still the day in Berlin at 23:59 counts.
    DailyPost p2 = f.post(Level.BASIC, D.plusDays(1), "b2");
    f.at(D.plusDays(1).atTime(23, 59));
    assertThat(f.submit(1, p2, PASSED).streakAfter()).isEqualTo(1);
  }

  @Test
  void streakGrowsOncePerDayAndMissedDayBreaksIt() {
    assertThat(solveDaily(1, D).streakAfter()).isEqualTo(1);
    DailyPost second = f.post(Level.INTERMEDIATE, D, "i-" + D);
    SubmissionOutcome sameDay = f.submit(1, second, PASSED);
    assertThat(sameDay.streakCredited()).isFalse();
    assertThat(sameDay.streakAfter()).isEqualTo(1);
    assertThat(solveDaily(1, D.plusDays(1)).streakAfter()).isEqualTo(2);
    f.post(Level.BASIC, D.plusDays(2), "missed"); // user 1 misses this day
    SubmissionOutcome o = solveDaily(1, D.plusDays(3));
    assertThat(o.streakBefore()).isZero();
    assertThat(o.streakAfter()).isEqualTo(1);
    assertThat(o.longestStreak()).isEqualTo(2);
    assertThat(f.store.streaks().streak(f.guild, 1).longest()).isEqualTo(2);
  }

  @Test
  void freezesEarnedEverySevenDaysHeldAtMostTwoAndUsedForMissedDays() {
    LocalDate day = D;
    SubmissionOutcome o = null;
    for (int i = 1; i <= 21; i++, day = day.plusDays(1)) {
      o = solveDaily(1, day);
      assertThat(o.streakAfter()).isEqualTo(i);
      assertThat(o.freezeEarned()).isEqualTo(i == 7 || i == 14);
    }
    assertThat(o.freezesHeld()).isEqualTo(2); // the 21st day would be a third: capped
    // Miss two posted days: both freezes are used, the streak continues.
    f.post(Level.BASIC, day, "m1");
    f.post(Level.BASIC, day.plusDays(1), "m2");
    f.at(day.plusDays(1).atTime(23, 0));
    StreakView during = f.store.streaks().streak(f.guild, 1);
    assertThat(during.current()).isEqualTo(21);
    assertThat(during.freezes()).isEqualTo(1);
    o = solveDaily(1, day.plusDays(2));
    assertThat(o.freezesUsed()).isEqualTo(2);
    assertThat(o.streakBefore()).isEqualTo(21);
    assertThat(o.streakAfter()).isEqualTo(22);
    assertThat(o.freezesHeld()).isZero();
    assertThat(f.store.profiles().profile(f.guild, 1).activity())
        .filteredOn(a -> a.streak() == Profile.StreakDay.FROZEN)
        .extracting(Profile.DayActivity::date)
        .containsExactly(day, day.plusDays(1));
    // One more miss without a freeze breaks it; the longest is kept.
    f.post(Level.BASIC, day.plusDays(3), "m3");
    o = solveDaily(1, day.plusDays(4));
    assertThat(o.streakAfter()).isEqualTo(1);
    assertThat(o.longestStreak()).isEqualTo(22);
  }

  @Test
  void daysWithoutAPostAreNotMissed() {
    solveDaily(1, D);
    // The guild is paused for three days: no posts.
    SubmissionOutcome o = solveDaily(1, D.plusDays(4));
    assertThat(o.streakAfter()).isEqualTo(2);
    assertThat(o.freezesUsed()).isZero();
  }

  @Test
  void dstSpringForwardAndFallBackNeitherSkipNorDoubleADay() {
    f.setZone(ZoneId.of("America/New_York"));
    LocalDate spring = LocalDate.of(2026, 3, 8); // 23-hour day
    LocalDate fall = LocalDate.of(2026, 11, 1); // 25-hour day
    for (LocalDate start : new LocalDate[] {spring, fall}) {
      long user = start.getMonthValue();
      for (int i = -1; i <= 1; i++) {
        LocalDate day = start.plusDays(i);
        DailyPost p = f.post(Level.BASIC, day, "dst-" + day);
        f.at(day.atTime(0, 30));
        assertThat(f.store.guilds().today(f.guild)).isEqualTo(day);
        assertThat(f.submit(user, p, PASSED).streakAfter()).isEqualTo(i + 2);
        f.at(day.atTime(23, 30));
        assertThat(f.store.guilds().today(f.guild)).isEqualTo(day);
        SubmissionOutcome late = f.submit(user + 100, p, PASSED);
        assertThat(late.late()).isFalse();
        assertThat(late.streakAfter()).isEqualTo(i + 2);
      }
    }
  }

  @Test
  void timezoneChangeEastSkipsADateWithoutBreakingTheStreak() {
    f.setZone(ZoneId.of("Pacific/Pago_Pago")); // UTC-11
    solveDaily(1, D);
    f.at(D.atTime(23, 30));
    f.setZone(ZoneId.of("Pacific/Kiritimati")); // UTC+14: now it is already D+2 there
    assertThat(f.store.guilds().today(f.guild)).isEqualTo(D.plusDays(2));
    DailyPost p = f.post(Level.BASIC, D.plusDays(2), "east");
    SubmissionOutcome o = f.submit(1, p, PASSED);
    assertThat(o.streakAfter()).isEqualTo(2);
    assertThat(o.freezesUsed()).isZero();
  }

  @Test
  void timezoneChangeWestRepeatsADateWithoutDoublingIt() {
    f.setZone(ZoneId.of("Pacific/Kiritimati")); // UTC+14
    solveDaily(1, D);
    solveDaily(1, D.plusDays(1));
    f.at(D.plusDays(1).atTime(20, 30));
    f.setZone(ZoneId.of("Pacific/Pago_Pago")); // UTC-11: back to day D
    assertThat(f.store.guilds().today(f.guild)).isEqualTo(D);
    // The slots for D and D+1 exist: claiming again returns them, nothing is reposted.
    DailyPosts.Claim again = f.store.posts().claim(f.guild, Level.BASIC, D, "other");
    assertThat(again.created()).isFalse();
    assertThat(again.post().questionId()).isEqualTo("q-" + D);
    // Solving D+1's question (early, after the move) does not count twice.
    DailyPost next = f.store.posts().find(f.guild, Level.BASIC, D.plusDays(1)).orElseThrow();
    SubmissionOutcome o = f.submit(2, next, PASSED);
    assertThat(o.streakAfter()).isEqualTo(1);
    assertThat(f.submit(1, next, PASSED).streakAfter()).isEqualTo(2);
    // The next new date continues the streak.
    assertThat(solveDaily(1, D.plusDays(2)).streakAfter()).isEqualTo(3);
  }

  @Test
  void weeklyLeaderboardStartsOnMondayInTheGuildTimezone() {
    LocalDate sunday = D.minusDays(1);
    DailyPost p = f.post(Level.BASIC, sunday, "sun");
    f.at(sunday.atTime(23, 30)); // 22:30 UTC, still Sunday in Berlin
    f.submit(1, p, PASSED);
    DailyPost m = f.post(Level.BASIC, D, "mon");
    f.at(D.atTime(0, 30)); // Monday in Berlin, still Sunday in UTC
    f.submit(2, m, PASSED);
    assertThat(f.store.leaderboards().weekly(f.guild, 10))
        .extracting(LeaderboardEntry::userId)
        .containsExactly(2L);
    assertThat(f.store.leaderboards().allTime(f.guild, 10)).hasSize(2);
  }

  @Test
  void tieBreakIsWhoReachedTheTotalFirstThenUserId() {
    f.at(D.atTime(9, 0));
    f.practice(30, "x", Level.BASIC, "lists", PASSED);
    f.at(D.atTime(10, 0));
    f.practice(20, "x", Level.BASIC, "lists", PASSED);
    f.practice(10, "x", Level.BASIC, "lists", PASSED);
    assertThat(f.store.leaderboards().allTime(f.guild, 10))
        .extracting(LeaderboardEntry::rank, LeaderboardEntry::userId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 30L),
            org.assertj.core.groups.Tuple.tuple(2, 10L),
            org.assertj.core.groups.Tuple.tuple(3, 20L));
    assertThat(f.store.leaderboards().allTimeRank(f.guild, 20)).hasValue(3);
  }

  @Test
  void profileCountsByLevelAndTopicAndSuggestsWeakTopics() {
    f.at(D.atTime(9, 0));
    f.practice(1, "l1", Level.BASIC, "lists", PASSED);
    f.practice(1, "l2", Level.INTERMEDIATE, "lists", PASSED);
    for (int i = 0; i < 3; i++) {
      f.practice(1, "r1", Level.ADVANCED, "recursion", FAILED);
    }
    f.practice(1, "r1", Level.ADVANCED, "recursion", PASSED);
    f.practice(1, "s1", Level.BASIC, "strings", dailypy.verdict.Verdict.ERROR);
    Profile p = f.store.profiles().profile(f.guild, 1);
    assertThat(p.points()).isEqualTo(60);
    assertThat(p.rank()).hasValue(1);
    assertThat(p.solvedByLevel())
        .containsEntry(Level.BASIC, 1)
        .containsEntry(Level.INTERMEDIATE, 1)
        .containsEntry(Level.ADVANCED, 1);
    assertThat(p.topics())
        .extracting(Profile.TopicStats::topic, Profile.TopicStats::attempts)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("lists", 2),
            org.assertj.core.groups.Tuple.tuple("recursion", 4)); // the grader error is no attempt
    assertThat(p.weakTopics()).containsExactly("recursion");
    assertThat(p.activity()).singleElement().satisfies(a -> {
      assertThat(a.date()).isEqualTo(D);
      assertThat(a.submissions()).isEqualTo(7);
      assertThat(a.passed()).isEqualTo(3);
    });
    f.at(D.plusDays(Profiles.ACTIVITY_DAYS).atTime(9, 0));
    assertThat(f.store.profiles().profile(f.guild, 1).activity()).isEmpty();
  }

  @Test
  void forgetMeKeepsOnlyAnonymousCounts() {
    solveDaily(1, D);
    solveDaily(2, D);
    f.store.userSettings().put(f.guild, 1, "reminders", "off");
    ForgetResult r = f.store.forgetMe(f.guild, 1);
    assertThat(r).isEqualTo(new ForgetResult(1, 1, 15));
    Profile p = f.store.profiles().profile(f.guild, 1);
    assertThat(p.points()).isZero();
    assertThat(p.activity()).isEmpty();
    assertThat(p.streak().current()).isZero();
    assertThat(f.store.userSettings().get(f.guild, 1)).isEmpty();
    assertThat(f.store.leaderboards().allTime(f.guild, 10))
        .extracting(LeaderboardEntry::userId)
        .containsExactly(2L);
    // The bonus is not handed out a second time.
    f.at(D.atTime(22, 0));
    DailyPost p1 = f.store.posts().find(f.guild, Level.BASIC, D).orElseThrow();
    assertThat(f.submit(3, p1, PASSED).firstSolverBonus()).isZero();
  }

  @Test
  void guildSettingsRoundTrip() {
    GuildSettings s =
        GuildSettings.defaults(9)
            .withChannel(123L)
            .withLevels(java.util.EnumSet.of(Level.BASIC, Level.ADVANCED))
            .withPostTime(LocalTime.of(7, 15))
            .withZone(ZoneId.of("Asia/Kolkata"))
            .withPingRole(77L)
            .withThreads(false)
            .withPaused(true);
    f.store.guilds().save(s);
    assertThat(f.store.guilds().find(9)).contains(s);
    assertThat(f.store.guilds().find(10)).isEmpty();
    assertThat(f.store.guilds().get(10)).isEqualTo(GuildSettings.defaults(10));
  }

  @Test
  void questionHistoryAvoidsRepeatsUntilThePoolIsExhausted() {
    var pool = java.util.List.of("a", "b", "c");
    f.store.posts().claim(f.guild, Level.BASIC, D, "a");
    f.store.posts().claim(f.guild, Level.BASIC, D.plusDays(1), "b");
    f.store.posts().claim(f.guild, Level.INTERMEDIATE, D, "c"); // other level: no effect
    assertThat(f.store.history().unused(f.guild, Level.BASIC, pool)).containsExactly("c");
    f.store.posts().claim(f.guild, Level.BASIC, D.plusDays(2), "c");
    assertThat(f.store.history().unused(f.guild, Level.BASIC, pool))
        .as("a new cycle, without yesterday's c").containsExactly("a", "b");
    assertThat(f.store.history().used(f.guild, Level.BASIC)).isEmpty();
    assertThat(f.store.history().used(f.guild, Level.INTERMEDIATE)).containsExactly("c");
    assertThat(f.store.history().unused(f.guild, Level.BASIC, java.util.List.of("c")))
        .as("a pool of one has nothing else to offer").containsExactly("c");
  }

  /**
   * Day after day, the daily question is chosen from {@link QuestionHistory#unused} and claimed.
   * The chooser here takes yesterday's question whenever it is offered, so only the store can
   * keep it from coming twice in a row.
   */
  @Test
  void noQuestionComesTwiceInARowOverSeveralCycles() {
    for (var pool : java.util.List.of(java.util.List.of("a", "b"), java.util.List.of("a", "b", "c"))) {
      Level level = pool.size() == 2 ? Level.BASIC : Level.ADVANCED;
      java.util.List<String> asked = new java.util.ArrayList<>();
      for (int day = 0; day < 3 * pool.size() + 1; day++) {
        var fresh = f.store.history().unused(f.guild, level, pool);
        String yesterday = asked.isEmpty() ? null : asked.getLast();
        String pick = fresh.contains(yesterday) ? yesterday : fresh.getFirst();
        f.store.posts().claim(f.guild, level, D.plusDays(day), pick);
        asked.add(pick);
      }
      for (int day = 1; day < asked.size(); day++) {
        assertThat(asked.get(day)).as("day %d of %s", day, asked).isNotEqualTo(asked.get(day - 1));
      }
      for (int cycle = 0; cycle + pool.size() <= asked.size(); cycle += pool.size()) {
        assertThat(asked.subList(cycle, cycle + pool.size())).as("cycle of %s", asked)
            .containsExactlyInAnyOrderElementsOf(pool);
      }
    }
  }

  @Test
  void claimIsIdempotentAndPostsAreFoundByMessageOrThread() {
    DailyPosts.Claim first = f.store.posts().claim(f.guild, Level.BASIC, D, "a");
    DailyPosts.Claim second = f.store.posts().claim(f.guild, Level.BASIC, D, "b");
    assertThat(first.created()).isTrue();
    assertThat(second.created()).isFalse();
    assertThat(second.post().id()).isEqualTo(first.post().id());
    assertThat(second.post().questionId()).isEqualTo("a");
    assertThat(second.post().posted()).isFalse();
    f.store.posts().markPosted(first.post().id(), 555L, 556L);
    assertThat(f.store.posts().byMessageOrThread(556L)).get().extracting(DailyPost::id)
        .isEqualTo(first.post().id());
    assertThat(f.store.posts().onDate(f.guild, D)).singleElement()
        .satisfies(p -> assertThat(p.messageId()).isEqualTo(555L));
  }

  @Test
  void quizAnswersCountOncePerUserAndForgetMeKeepsOnlyTheTally() {
    DailyPost p = f.post(Level.BASIC, D, "quiz");
    assertThat(f.store.posts().recordQuizAnswer(p.id(), 1, 2)).isTrue();
    assertThat(f.store.posts().recordQuizAnswer(p.id(), 1, 3)).isFalse();
    assertThat(f.store.posts().recordQuizAnswer(p.id(), 2, 2)).isTrue();
    assertThat(f.store.posts().recordQuizAnswer(p.id(), 3, 0)).isTrue();
    assertThat(f.store.posts().quizTally(p.id())).containsExactly(
        java.util.Map.entry(0, 1), java.util.Map.entry(2, 2));
    assertThat(f.store.forgetMe(f.guild, 2)).isEqualTo(new ForgetResult(0, 0, 0));
    assertThat(f.store.posts().quizTally(p.id())).containsExactly(
        java.util.Map.entry(0, 1), java.util.Map.entry(2, 2));
    assertThat(f.store.posts().recordQuizAnswer(p.id(), 2, 0)).isTrue(); // the record is gone
  }
}
