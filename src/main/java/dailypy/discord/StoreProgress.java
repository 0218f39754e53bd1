package dailypy.discord;

import dailypy.grading.TestSummary;
import dailypy.progress.GradedSubmission;
import dailypy.progress.Level;
import dailypy.progress.ProgressStore;
import dailypy.progress.StreakView;
import dailypy.progress.SubmissionOutcome;
import dailypy.runner.RunResult;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The bot's progress port over the SQLite {@link ProgressStore}. All rules (points, streaks, what a
 * day is) are the store's; this class only maps types.
 *
 * <p>Solve counts and quiz tallies are the store's, so they survive a restart; only a user's
 * first press on a quiz counts.
 */
public final class StoreProgress implements ProgressPort {
  /** How far back the previous daily post is looked for. */
  static final int PREVIOUS_POST_DAYS = 60;

  private final ProgressStore store;

  public StoreProgress(ProgressStore store) {
    this.store = store;
  }

  // ---------------------------------------------------------------- settings

  @Override
  public Optional<GuildSettings> settings(long guildId) {
    return store.guilds().find(guildId).map(StoreProgress::toBot);
  }

  @Override
  public List<GuildSettings> allSettings() {
    return store.guilds().all().stream().map(StoreProgress::toBot).toList();
  }

  @Override
  public void saveSettings(GuildSettings s) {
    store.guilds().save(new dailypy.progress.GuildSettings(s.guildId(),
        s.channelId() == 0 ? null : s.channelId(),
        s.levels().stream().map(Level::parse).collect(Collectors.toSet()),
        s.postTime(), s.zone(), s.pingRoleId() == 0 ? null : s.pingRoleId(), s.threads(), s.paused()));
  }

  static GuildSettings toBot(dailypy.progress.GuildSettings s) {
    return new GuildSettings(s.guildId(), s.channelId() == null ? 0 : s.channelId(),
        s.levels().stream().map(Level::id).collect(Collectors.toSet()), s.postTime(), s.zone(),
        s.pingRoleId() == null ? 0 : s.pingRoleId(), s.threads(), s.paused());
  }

  // ---------------------------------------------------------------- daily posts

  static DailyPost toBot(dailypy.progress.DailyPost p) {
    return new DailyPost(p.guildId(), p.level().id(), p.date(), p.questionId(),
        p.posted() && p.messageId() != null ? p.messageId() : 0, p.threadId() == null ? 0 : p.threadId());
  }

  private Optional<dailypy.progress.DailyPost> find(DailyPost post) {
    return store.posts().find(post.guildId(), Level.parse(post.level()), post.date());
  }

  @Override
  public DailyPost claimDailyPost(long guildId, String level, LocalDate date, String questionId) {
    return toBot(store.posts().claim(guildId, Level.parse(level), date, questionId).post());
  }

  @Override
  public void markPosted(long guildId, String level, LocalDate date, long messageId, long threadId) {
    dailypy.progress.DailyPost p = store.posts().find(guildId, Level.parse(level), date)
        .orElseThrow(() -> new IllegalStateException("no claimed post for " + guildId + " " + level + " " + date));
    store.posts().markPosted(p.id(), messageId, threadId == 0 ? null : threadId);
  }

  @Override
  public Optional<DailyPost> dailyPost(long guildId, String level, LocalDate date) {
    return store.posts().find(guildId, Level.parse(level), date).map(StoreProgress::toBot);
  }

  @Override
  public Optional<DailyPost> dailyPostByMessageOrThread(long guildId, long id) {
    return store.posts().byMessageOrThread(id).filter(p -> p.guildId() == guildId).map(StoreProgress::toBot);
  }

  @Override
  public Optional<DailyPost> previousDailyPost(long guildId, String level, LocalDate date) {
    Level l = Level.parse(level);
    for (int back = 1; back <= PREVIOUS_POST_DAYS; back++) {
      Optional<dailypy.progress.DailyPost> p = store.posts().find(guildId, l, date.minusDays(back));
      if (p.isPresent() && p.get().posted()) {
        return p.map(StoreProgress::toBot);
      }
    }
    return Optional.empty();
  }

  @Override
  public List<String> freshQuestions(long guildId, String level, List<String> pool) {
    return store.history().unused(guildId, Level.parse(level), pool);
  }

  // ---------------------------------------------------------------- answers

  @Override
  public Award recordSubmission(Submission s) {
    Long postId = s.daily() == null ? null : find(s.daily()).map(dailypy.progress.DailyPost::id).orElse(null);
    RunResult r = s.result();
    SubmissionOutcome o = store.submissions().record(new GradedSubmission(s.guildId(), s.userId(), s.questionId(),
        Level.parse(s.level()), s.topic(), postId, s.source(), r.verdict(), (int) r.passedCount(), r.tests().size(),
        TestSummary.of(r), r.durationMillis()));
    return new Award(o.totalAwarded(), o.streakAfter(), o.streakCredited(), o.firstSolverBonus() > 0, o.resolve(),
        o.freezesUsed(), o.freezeEarned());
  }

  @Override
  public OptionalInt recordHint(long guildId, long userId, String questionId, int available) {
    return store.submissions().recordHint(guildId, userId, questionId, available);
  }

  @Override
  public void recordReveal(long guildId, long userId, String questionId) {
    store.submissions().recordReveal(guildId, userId, questionId);
  }

  @Override
  public boolean hasSolved(long guildId, long userId, String questionId) {
    return store.submissions().hasSolved(guildId, userId, questionId);
  }

  @Override
  public int solveCount(DailyPost post) {
    return find(post).map(p -> store.posts().solveCount(p.id())).orElse(0);
  }

  @Override
  public boolean recordQuizAnswer(DailyPost post, long userId, int option, boolean correct) {
    dailypy.progress.DailyPost p = find(post).orElseThrow(() -> new IllegalStateException("unknown daily post"));
    return store.posts().recordQuizAnswer(p.id(), userId, option);
  }

  @Override
  public Map<Integer, Integer> quizTally(DailyPost post) {
    return find(post).<Map<Integer, Integer>>map(p -> store.posts().quizTally(p.id())).orElseGet(TreeMap::new);
  }

  @Override
  public OptionalLong resultMessage(long guildId, long answerMessageId) {
    return store.answerResults().find(guildId, answerMessageId);
  }

  @Override
  public void saveResultMessage(long guildId, long answerMessageId, long resultMessageId) {
    store.answerResults().save(guildId, answerMessageId, resultMessageId);
  }

  // ---------------------------------------------------------------- boards and profile

  @Override
  public List<LeaderRow> leaderboard(long guildId, boolean weekly, LocalDate today, int limit) {
    var rows = weekly ? store.leaderboards().weekly(guildId, limit) : store.leaderboards().allTime(guildId, limit);
    return rows.stream().map(e -> new LeaderRow(e.userId(), e.points(), e.solved())).toList();
  }

  @Override
  public Streak streak(long guildId, long userId, LocalDate today) {
    StreakView v = store.submissions().streak(guildId, userId);
    return new Streak(v.current(), v.longest(), v.freezes(), store.profiles().profile(guildId, userId).points());
  }

  @Override
  public Profile profile(long guildId, long userId, LocalDate today) {
    dailypy.progress.Profile p = store.profiles().profile(guildId, userId);
    Map<String, Integer> byLevel = new LinkedHashMap<>();
    p.solvedByLevel().forEach((level, n) -> byLevel.put(level.id(), n));
    Map<String, Double> byTopic = new LinkedHashMap<>();
    p.topics().forEach(t -> byTopic.put(t.topic(), t.successRate()));
    // A frozen day is shown as frozen even if the user passed a practice question on it: what
    // the calendar is for is the streak, and a freeze spent there is the news.
    Set<LocalDate> frozen = p.activity().stream()
        .filter(d -> d.streak() == dailypy.progress.Profile.StreakDay.FROZEN)
        .map(dailypy.progress.Profile.DayActivity::date).collect(Collectors.toSet());
    Set<LocalDate> active = p.activity().stream()
        .filter(d -> d.passed() > 0 || d.streak() == dailypy.progress.Profile.StreakDay.SOLVED)
        .map(dailypy.progress.Profile.DayActivity::date).filter(d -> !frozen.contains(d))
        .collect(Collectors.toSet());
    int solved = p.solvedByLevel().values().stream().mapToInt(Integer::intValue).sum();
    StreakView v = p.streak();
    return new Profile(p.points(), solved, byLevel, byTopic, p.weakTopics(), active, frozen,
        new Streak(v.current(), v.longest(), v.freezes(), p.points()));
  }

  @Override
  public void forget(long guildId, long userId) {
    store.forgetMe(guildId, userId);
  }
}
