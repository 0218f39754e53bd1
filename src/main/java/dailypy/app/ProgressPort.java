package dailypy.app;

import dailypy.progress.DailyPost;
import dailypy.progress.GuildSettings;
import dailypy.progress.LeaderboardEntry;
import dailypy.progress.Level;
import dailypy.progress.Profile;
import dailypy.progress.SubmissionOutcome;
import dailypy.runner.RunResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The progress store as the front ends need it ({@link StoreProgress} over SQLite; tests use an
 * in-memory double). The records are the store's own ({@code dailypy.progress}); there are no
 * copies. Implementations are thread-safe.
 */
public interface ProgressPort {

  Optional<GuildSettings> settings(long guildId);

  /** The saved settings, or {@link GuildSettings#defaults} for a guild that saved none. */
  default GuildSettings settingsOrDefaults(long guildId) {
    return settings(guildId).orElseGet(() -> GuildSettings.defaults(guildId));
  }

  List<GuildSettings> allSettings();

  void saveSettings(GuildSettings settings);

  /**
   * Today's date where the guild is: its timezone, UTC for a guild without settings. The one
   * notion of "today" of both front ends, and the one the streak rules use.
   */
  LocalDate today(long guildId);

  /**
   * Claims the (guild, level, date) slot for a question. Returns the claimed post when this call
   * made the claim, or the existing one; {@link DailyPost#posted()} says whether it still needs its
   * message.
   */
  DailyPost claimDailyPost(long guildId, Level level, LocalDate date, String questionId);

  /** Records the message (and thread, or null) of a claimed post. */
  void markPosted(DailyPost post, long messageId, Long threadId);

  Optional<DailyPost> dailyPost(long guildId, Level level, LocalDate date);

  /** The daily post whose message or thread has this id. */
  Optional<DailyPost> dailyPostByMessageOrThread(long guildId, long id);

  /** The latest posted daily post for the level strictly before {@code date}. */
  Optional<DailyPost> previousDailyPost(long guildId, Level level, LocalDate date);

  /**
   * The ids of {@code pool} (the level's gradable questions) the next daily question may be: those
   * not yet asked in the current cycle, never the level's latest daily question while another is
   * left. When the pool is used up a new cycle starts.
   */
  List<String> freshQuestions(long guildId, Level level, List<String> pool);

  /** Stores a graded submission and applies points and streak rules; returns what it earned. */
  SubmissionOutcome recordSubmission(Submission submission);

  /**
   * Records the next hint unless all {@code available} hints are taken already. Returns how many
   * the user has taken now, or empty when nothing was recorded (asking after the last hint).
   */
  OptionalInt recordHint(long guildId, long userId, String questionId, int available);

  /** Records a reveal; true when it forfeited the question's points (it was not solved yet). */
  boolean recordReveal(long guildId, long userId, String questionId);

  boolean hasSolved(long guildId, long userId, String questionId);

  int solveCount(DailyPost post);

  /** Records a quiz answer; false when this user already answered this post. */
  boolean recordQuizAnswer(DailyPost post, long userId, int option);

  /** Option index → number of answers. */
  Map<Integer, Integer> quizTally(DailyPost post);

  /** The bot's result message for an answer message, if one was saved (it survives a restart). */
  OptionalLong resultMessage(long guildId, long answerMessageId);

  /** Remembers the bot's result message for an answer message, replacing an older one. */
  void saveResultMessage(long guildId, long answerMessageId, long resultMessageId);

  /**
   * The same, once the message shows the answer's final message (its result, or why it was not
   * graded): {@link #answered} is true from then on.
   */
  void saveAnswered(long guildId, long answerMessageId, long resultMessageId);

  /**
   * Whether an answer message got its final message, not only a status line a stopped bot never
   * replaced. A bot catching up after a restart grades the others again.
   */
  boolean answered(long guildId, long answerMessageId);

  /** The top {@code limit} of this week (Monday in the guild's timezone) or of all time. */
  List<LeaderboardEntry> leaderboard(long guildId, boolean weekly, int limit);

  /** Points, streak as of today, solves, topics and the last 90 days. */
  Profile profile(long guildId, long userId);

  void forget(long guildId, long userId);

  /**
   * A graded answer to record. {@code daily} is the daily post it answers, or null;
   * {@code answerMessageId} the chat message it came from, or null: the store records an answer
   * message once, however often it is graded (after a restart, or a job delivered twice).
   */
  record Submission(
      Player player,
      String questionId,
      Level level,
      String topic,
      DailyPost daily,
      String answer,
      RunResult result,
      Long answerMessageId) {

    /** An answer that did not come from a chat message. */
    public Submission(Player player, String questionId, Level level, String topic, DailyPost daily,
        String answer, RunResult result) {
      this(player, questionId, level, topic, daily, answer, result, null);
    }
  }
}
