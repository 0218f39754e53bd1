package dailypy.progress;

import dailypy.verdict.Verdict;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Records graded submissions and applies the points rules (hints and reveals taken before a
 * solve, from {@link HintsAndReveals}, lower its points); a daily question
 * solved on its day is credited to the streak by {@link Streaks}, in the same transaction.
 */
public final class Submissions extends StoreTables {
  Submissions(Database db, Clock clock) {
    super(db, clock);
  }

  /**
   * Records a graded submission and, if it passed, the solve, points, first-solver bonus and
   * streak update, all in one transaction. The time is the store's clock.
   *
   * <p>An answer message already recorded with the same answer (graded again after a bot restart,
   * or a grading job delivered twice) is not recorded again: the outcome is what the first
   * recording earned, and the streak as it stands.
   */
  public SubmissionOutcome record(GradedSubmission s) {
    return db.write("recording a submission", c -> record(c, s));
  }

  private SubmissionOutcome record(Connection c, GradedSubmission s) throws SQLException {
    Instant now = clock.instant();
    ZoneId zone = Days.zoneOf(c, s.guildId());
    LocalDate today = Days.localDate(now, zone);
    String digest = s.answerMessageId() == null ? null : digest(s.code());
    if (s.answerMessageId() != null) {
      Optional<Long> earlier = Sql.queryLong(c, "SELECT id FROM submissions"
          + " WHERE answer_message_id = ? AND answer_digest = ?", s.answerMessageId(), digest);
      if (earlier.isPresent()) {
        return recordedBefore(c, s, earlier.get(), today);
      }
    }
    DailyPost post = resolvePost(c, s).orElse(null);
    long id =
        Sql.insert(
            c,
            "INSERT INTO submissions (guild_id, user_id, question_id, level, topic, daily_post_id,"
                + " code, verdict, tests_passed, tests_total, test_summary, duration_ms,"
                + " submitted_at, local_date, answer_message_id, answer_digest)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            s.guildId(),
            s.userId(),
            s.questionId(),
            s.level().id(),
            s.topic(),
            post == null ? null : post.id(),
            s.code(),
            s.verdict().name(),
            s.testsPassed(),
            s.testsTotal(),
            s.testSummary(),
            s.durationMillis(),
            now.toEpochMilli(),
            today.toString(),
            s.answerMessageId(),
            digest);
    int hints = HintsAndReveals.hintsTaken(c, s.guildId(), s.userId(), s.questionId());
    boolean revealed = HintsAndReveals.revealed(c, s.guildId(), s.userId(), s.questionId());
    StreakRule.State state = Streaks.load(c, s.guildId(), s.userId());
    SubmissionOutcome.Builder outcome =
        SubmissionOutcome.builder(s.verdict()).submissionId(id).hints(hints, revealed);
    if (!s.verdict().passed()) {
      return outcome.streak(Streaks.asOf(c, s.guildId(), state, today)).build();
    }
    boolean resolve = HintsAndReveals.solved(c, s.guildId(), s.userId(), s.questionId());
    boolean late = post != null && post.date().isBefore(today);
    int points = 0;
    int bonus = 0;
    if (!resolve) {
      points = PointsRule.solvePoints(s.level(), hints, revealed);
      if (post != null && !revealed) {
        bonus = claimFirstSolver(c, post.id(), s.userId()) ? PointsRule.FIRST_SOLVER_BONUS : 0;
      }
      Sql.update(
          c,
          "INSERT INTO solves (guild_id, user_id, question_id, level, topic, submission_id,"
              + " daily_post_id, solved_at, local_date, points, hints_used, revealed)"
              + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
          s.guildId(),
          s.userId(),
          s.questionId(),
          s.level().id(),
          s.topic(),
          id,
          post == null ? null : post.id(),
          now.toEpochMilli(),
          today.toString(),
          points,
          hints,
          revealed);
      award(c, s, id, "solve", points, now);
      award(c, s, id, "first_solver", bonus, now);
      addToTotals(c, s.guildId(), s.userId(), Days.weekStart(today), points + bonus, now);
    }
    // A daily question counts for the streak on its own day. A post dated after today can only
    // exist after the guild moved its timezone west; it still counts, for its own date.
    if (post != null && !late) {
      StreakRule.Credit credit = Streaks.credit(c, s.guildId(), s.userId(), state, post.date());
      if (credit.credited()) {
        StreakRule.State a = credit.after();
        return outcome.solve(resolve).points(points, bonus)
            .streak(true, credit.shownBefore(), a.current(), a.longest(), a.freezes())
            .freezes(credit.frozenDays().size(), credit.earned())
            .build();
      }
    }
    return outcome.solve(resolve).late(late).points(points, bonus)
        .streak(Streaks.asOf(c, s.guildId(), state, today)).build();
  }

  /** What the first recording of an answer message earned, for a repeat of it. */
  private static SubmissionOutcome recordedBefore(Connection c, GradedSubmission s, long id,
      LocalDate today) throws SQLException {
    int points = Sql.queryLong(c, "SELECT coalesce(sum(points), 0) FROM points_ledger"
        + " WHERE submission_id = ? AND reason = 'solve'", id).orElse(0L).intValue();
    int bonus = Sql.queryLong(c, "SELECT coalesce(sum(points), 0) FROM points_ledger"
        + " WHERE submission_id = ? AND reason = 'first_solver'", id).orElse(0L).intValue();
    boolean solvedHere = Sql.exists(c, "SELECT 1 FROM solves WHERE submission_id = ?", id);
    SubmissionOutcome.Builder outcome = SubmissionOutcome.builder(s.verdict()).submissionId(id)
        .hints(HintsAndReveals.hintsTaken(c, s.guildId(), s.userId(), s.questionId()),
            HintsAndReveals.revealed(c, s.guildId(), s.userId(), s.questionId()))
        .streak(Streaks.current(c, s.guildId(), s.userId(), today));
    if (s.verdict().passed()) {
      outcome.solve(!solvedHere).points(points, bonus);
    }
    return outcome.build();
  }

  /** SHA-256 of an answer, hex: tells a repeat of an answer message from an edit of it. */
  static String digest(String code) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(code.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private Optional<DailyPost> resolvePost(Connection c, GradedSubmission s) throws SQLException {
    if (s.dailyPostId() == null) {
      return DailyPosts.latestFor(c, s.guildId(), s.questionId());
    }
    DailyPost post =
        DailyPosts.byId(c, s.dailyPostId())
            .orElseThrow(
                () -> new IllegalArgumentException("No daily post with id " + s.dailyPostId()));
    if (post.guildId() != s.guildId() || !post.questionId().equals(s.questionId())) {
      throw new IllegalArgumentException(
          "Daily post "
              + post.id()
              + " is question "
              + post.questionId()
              + " in guild "
              + post.guildId()
              + ", not "
              + s.questionId()
              + " in guild "
              + s.guildId());
    }
    return Optional.of(post);
  }

  private static boolean claimFirstSolver(Connection c, long postId, long userId)
      throws SQLException {
    return Sql.update(
            c,
            "UPDATE daily_posts SET first_solver_user_id = ?, first_solver_awarded = 1"
                + " WHERE id = ? AND first_solver_awarded = 0",
            userId,
            postId)
        == 1;
  }

  private static void award(
      Connection c, GradedSubmission s, long submissionId, String reason, int points, Instant at)
      throws SQLException {
    if (points <= 0) {
      return;
    }
    Sql.update(
        c,
        "INSERT INTO points_ledger (guild_id, user_id, submission_id, question_id, reason, points,"
            + " awarded_at) VALUES (?,?,?,?,?,?,?)",
        s.guildId(),
        s.userId(),
        submissionId,
        s.questionId(),
        reason,
        points,
        at.toEpochMilli());
  }

  private static void addToTotals(
      Connection c, long guildId, long userId, LocalDate week, int points, Instant at)
      throws SQLException {
    Sql.update(
        c,
        "INSERT INTO user_points (guild_id, user_id, points, solved, last_award_at)"
            + " VALUES (?,?,?,1,?) ON CONFLICT (guild_id, user_id) DO UPDATE SET"
            + " points = user_points.points + excluded.points, solved = user_points.solved + 1,"
            + " last_award_at = CASE WHEN excluded.points > 0 THEN excluded.last_award_at"
            + " ELSE user_points.last_award_at END",
        guildId,
        userId,
        points,
        at.toEpochMilli());
    Sql.update(
        c,
        "INSERT INTO weekly_points (guild_id, week_start, user_id, points, solved, last_award_at)"
            + " VALUES (?,?,?,?,1,?) ON CONFLICT (guild_id, week_start, user_id) DO UPDATE SET"
            + " points = weekly_points.points + excluded.points, solved = weekly_points.solved + 1,"
            + " last_award_at = CASE WHEN excluded.points > 0 THEN excluded.last_award_at"
            + " ELSE weekly_points.last_award_at END",
        guildId,
        week.toString(),
        userId,
        points,
        at.toEpochMilli());
  }

  /** Verdict names that are not attempts ({@link Verdict#isAttempt}), for SQL filters. */
  static final List<String> NOT_ATTEMPTS =
      java.util.Arrays.stream(Verdict.values()).filter(v -> !v.isAttempt()).map(Verdict::name).toList();
}
