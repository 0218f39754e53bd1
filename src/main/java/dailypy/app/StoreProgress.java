package dailypy.app;

import dailypy.grading.TestSummary;
import dailypy.progress.DailyPost;
import dailypy.progress.GradedSubmission;
import dailypy.progress.GuildSettings;
import dailypy.progress.LeaderboardEntry;
import dailypy.progress.Level;
import dailypy.progress.Profile;
import dailypy.progress.ProgressStore;
import dailypy.progress.SubmissionOutcome;
import dailypy.runner.RunResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The progress port over the SQLite {@link ProgressStore}. All rules (points, streaks, what a day
 * is) are the store's; this class only forwards. Solve counts and quiz tallies are the store's, so
 * they survive a restart; only a user's first press on a quiz counts.
 */
public final class StoreProgress implements ProgressPort {
  /** How far back the previous daily post is looked for. */
  static final int PREVIOUS_POST_DAYS = 60;

  private final ProgressStore store;

  public StoreProgress(ProgressStore store) {
    this.store = store;
  }

  @Override
  public Optional<GuildSettings> settings(long guildId) {
    return store.guilds().find(guildId);
  }

  @Override
  public List<GuildSettings> allSettings() {
    return store.guilds().all();
  }

  @Override
  public void saveSettings(GuildSettings settings) {
    store.guilds().save(settings);
  }

  @Override
  public LocalDate today(long guildId) {
    return store.guilds().today(guildId);
  }

  @Override
  public DailyPost claimDailyPost(long guildId, Level level, LocalDate date, String questionId) {
    return store.posts().claim(guildId, level, date, questionId).post();
  }

  @Override
  public void markPosted(DailyPost post, long messageId, Long threadId) {
    store.posts().markPosted(post.id(), messageId, threadId);
  }

  @Override
  public Optional<DailyPost> dailyPost(long guildId, Level level, LocalDate date) {
    return store.posts().find(guildId, level, date);
  }

  @Override
  public Optional<DailyPost> dailyPostByMessageOrThread(long guildId, long id) {
    return store.posts().byMessageOrThread(id).filter(p -> p.guildId() == guildId);
  }

  @Override
  public Optional<DailyPost> previousDailyPost(long guildId, Level level, LocalDate date) {
    for (int back = 1; back <= PREVIOUS_POST_DAYS; back++) {
      Optional<DailyPost> p = store.posts().find(guildId, level, date.minusDays(back));
      if (p.isPresent() && p.get().posted()) {
        return p;
      }
    }
    return Optional.empty();
  }

  @Override
  public List<String> freshQuestions(long guildId, Level level, List<String> pool) {
    return store.history().unused(guildId, level, pool);
  }

  @Override
  public SubmissionOutcome recordSubmission(Submission s) {
    RunResult r = s.result();
    return store.submissions().record(new GradedSubmission(s.player().guildId(), s.player().userId(),
        s.questionId(), s.level(), s.topic(), s.daily() == null ? null : s.daily().id(), s.answer(), r.verdict(),
        (int) r.passedCount(), r.tests().size(), TestSummary.of(r), r.durationMillis(), s.answerMessageId()));
  }

  @Override
  public OptionalInt recordHint(long guildId, long userId, String questionId, int available) {
    return store.hints().recordHint(guildId, userId, questionId, available);
  }

  @Override
  public boolean recordReveal(long guildId, long userId, String questionId) {
    return store.hints().recordReveal(guildId, userId, questionId);
  }

  @Override
  public boolean hasSolved(long guildId, long userId, String questionId) {
    return store.hints().hasSolved(guildId, userId, questionId);
  }

  @Override
  public int solveCount(DailyPost post) {
    return store.posts().solveCount(post.id());
  }

  @Override
  public boolean recordQuizAnswer(DailyPost post, long userId, int option) {
    return store.posts().recordQuizAnswer(post.id(), userId, option);
  }

  @Override
  public Map<Integer, Integer> quizTally(DailyPost post) {
    return store.posts().quizTally(post.id());
  }

  @Override
  public OptionalLong resultMessage(long guildId, long answerMessageId) {
    return store.answerResults().find(guildId, answerMessageId);
  }

  @Override
  public void saveResultMessage(long guildId, long answerMessageId, long resultMessageId) {
    store.answerResults().save(guildId, answerMessageId, resultMessageId);
  }

  @Override
  public void saveAnswered(long guildId, long answerMessageId, long resultMessageId) {
    store.answerResults().save(guildId, answerMessageId, resultMessageId, true);
  }

  @Override
  public boolean answered(long guildId, long answerMessageId) {
    return store.answerResults().answered(guildId, answerMessageId);
  }

  @Override
  public List<LeaderboardEntry> leaderboard(long guildId, boolean weekly, int limit) {
    return weekly ? store.leaderboards().weekly(guildId, limit) : store.leaderboards().allTime(guildId, limit);
  }

  @Override
  public Profile profile(long guildId, long userId) {
    return store.profiles().profile(guildId, userId);
  }

  @Override
  public void forget(long guildId, long userId) {
    store.forgetMe(guildId, userId);
  }
}
