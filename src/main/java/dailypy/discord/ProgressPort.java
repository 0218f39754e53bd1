package dailypy.discord;

import dailypy.runner.RunResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/** The progress store as the bot needs it. Implementations are thread-safe. */
public interface ProgressPort {

  Optional<GuildSettings> settings(long guildId);

  List<GuildSettings> allSettings();

  void saveSettings(GuildSettings settings);

  /**
   * Claims the (guild, level, date) slot for a question. Returns the claimed post when this call
   * made the claim, or the existing one; {@link DailyPost#posted()} says whether it still needs its
   * message.
   */
  DailyPost claimDailyPost(long guildId, String level, LocalDate date, String questionId);

  void markPosted(long guildId, String level, LocalDate date, long messageId, long threadId);

  Optional<DailyPost> dailyPost(long guildId, String level, LocalDate date);

  /** The daily post whose message or thread has this id. */
  Optional<DailyPost> dailyPostByMessageOrThread(long guildId, long id);

  /** The latest posted daily post for the level strictly before {@code date}. */
  Optional<DailyPost> previousDailyPost(long guildId, String level, LocalDate date);

  /**
   * The ids of {@code pool} (the level's gradable questions) the next daily question may be: those
   * not yet asked in the current cycle, never the level's latest daily question while another is
   * left. When the pool is used up a new cycle starts.
   */
  List<String> freshQuestions(long guildId, String level, List<String> pool);

  /** Stores a graded submission and applies points and streak rules; returns what changed. */
  Award recordSubmission(Submission submission);

  /**
   * Records the next hint unless all {@code available} hints are taken already. Returns how many
   * the user has taken now, or empty when nothing was recorded (asking after the last hint).
   */
  OptionalInt recordHint(long guildId, long userId, String questionId, int available);

  void recordReveal(long guildId, long userId, String questionId);

  boolean hasSolved(long guildId, long userId, String questionId);

  int solveCount(DailyPost post);

  /** Records a quiz answer; false when this user already answered this post. */
  boolean recordQuizAnswer(DailyPost post, long userId, int option, boolean correct);

  /** Option index → number of answers. */
  Map<Integer, Integer> quizTally(DailyPost post);

  /** The bot's result message for an answer message, if one was saved (it survives a restart). */
  OptionalLong resultMessage(long guildId, long answerMessageId);

  /** Remembers the bot's result message for an answer message, replacing an older one. */
  void saveResultMessage(long guildId, long answerMessageId, long resultMessageId);

  List<LeaderRow> leaderboard(long guildId, boolean weekly, LocalDate today, int limit);

  Streak streak(long guildId, long userId, LocalDate today);

  Profile profile(long guildId, long userId, LocalDate today);

  void forget(long guildId, long userId);

  /** A graded submission. {@code daily} is null for practice questions. */
  record Submission(
      long guildId,
      long userId,
      String questionId,
      String level,
      String topic,
      DailyPost daily,
      String source,
      RunResult result,
      LocalDate today) {}

  /**
   * What a submission earned.
   *
   * @param freezesUsed freezes this solve used up to cover days the user missed
   * @param freezeEarned whether this solve earned a freeze
   */
  record Award(int points, int streak, boolean streakGrew, boolean firstSolver, boolean alreadySolved,
      int freezesUsed, boolean freezeEarned) {
    public static final Award NONE = new Award(0, 0, false, false, false, 0, false);
  }

  record LeaderRow(long userId, int points, int solves) {}

  record Streak(int current, int longest, int freezes, int totalPoints) {}

  /**
   * @param activeDays dates in the last 90 days with at least one solve, frozen days excepted
   * @param frozenDays dates in the last 90 days whose streak a freeze kept alive
   * @param weakTopics topics with the lowest success rate, weakest first
   */
  record Profile(
      int totalPoints,
      int solved,
      Map<String, Integer> solvedByLevel,
      Map<String, Double> successByTopic,
      List<String> weakTopics,
      Set<LocalDate> activeDays,
      Set<LocalDate> frozenDays,
      Streak streak) {}
}
