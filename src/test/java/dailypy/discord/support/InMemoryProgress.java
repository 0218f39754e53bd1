package dailypy.discord.support;

import dailypy.app.ProgressPort;
import dailypy.progress.DailyPost;
import dailypy.progress.GuildSettings;
import dailypy.progress.LeaderboardEntry;
import dailypy.progress.Level;
import dailypy.progress.Profile;
import dailypy.progress.StreakView;
import dailypy.progress.SubmissionOutcome;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * A test double for the progress store: just enough bookkeeping for the bot's tests (claims,
 * hints, reveals, solves, quiz answers, result messages). The real rules live in dailypy.progress;
 * "today" follows the same rule as the store's (the guild's timezone, UTC without settings).
 */
public final class InMemoryProgress implements ProgressPort {
  private final Clock clock;
  private final Map<Long, GuildSettings> settings = new HashMap<>();
  private final Map<String, DailyPost> posts = new LinkedHashMap<>();
  /** Guild/level → question ids used in the current cycle. */
  private final Map<String, Set<String>> cycles = new HashMap<>();
  private final Map<String, Integer> hints = new HashMap<>();
  private final Set<String> reveals = new HashSet<>();
  private final Set<String> solves = new HashSet<>();
  private final Map<Long, Map<Long, Integer>> quiz = new HashMap<>();
  public final List<Submission> submissions = new ArrayList<>();
  private final Map<Long, Integer> points = new HashMap<>();
  private final Map<Long, Integer> streaks = new HashMap<>();
  private final Map<String, Long> resultMessages = new HashMap<>();
  private final java.util.Set<String> answered = new java.util.HashSet<>();

  public InMemoryProgress(Clock clock) {
    this.clock = clock;
  }

  private static String key(long guild, Level level, LocalDate date) {
    return guild + "/" + level + "/" + date;
  }

  @Override
  public synchronized Optional<GuildSettings> settings(long guildId) {
    return Optional.ofNullable(settings.get(guildId));
  }

  @Override
  public synchronized List<GuildSettings> allSettings() {
    return List.copyOf(settings.values());
  }

  @Override
  public synchronized void saveSettings(GuildSettings s) {
    settings.put(s.guildId(), s);
  }

  @Override
  public LocalDate today(long guildId) {
    return LocalDate.now(clock.withZone(settingsOrDefaults(guildId).zone()));
  }

  @Override
  public synchronized DailyPost claimDailyPost(long guildId, Level level, LocalDate date, String questionId) {
    return posts.computeIfAbsent(key(guildId, level, date), k -> {
      cycles.computeIfAbsent(guildId + "/" + level, c -> new HashSet<>()).add(questionId);
      return new DailyPost(posts.size() + 1, guildId, level, date, questionId, null, null, clock.instant(), null);
    });
  }

  @Override
  public synchronized void markPosted(DailyPost post, long messageId, Long threadId) {
    String k = key(post.guildId(), post.level(), post.date());
    DailyPost p = posts.get(k);
    posts.put(k, new DailyPost(p.id(), p.guildId(), p.level(), p.date(), p.questionId(), messageId, threadId,
        p.claimedAt(), clock.instant()));
  }

  @Override
  public synchronized Optional<DailyPost> dailyPost(long guildId, Level level, LocalDate date) {
    return Optional.ofNullable(posts.get(key(guildId, level, date)));
  }

  public synchronized List<DailyPost> allPosts() {
    return List.copyOf(posts.values());
  }

  /** Waits (bounded) until the level's post of {@code date} is posted; returns its message id. */
  public long awaitPosted(long guildId, Level level, LocalDate date) throws InterruptedException {
    for (int i = 0; i < 400; i++) {
      Optional<DailyPost> post = dailyPost(guildId, level, date);
      if (post.isPresent() && post.get().posted()) {
        return post.get().messageId();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the " + level.id() + " question of " + date + " was not posted");
  }

  @Override
  public synchronized Optional<DailyPost> dailyPostByMessageOrThread(long guildId, long id) {
    return posts.values().stream()
        .filter(p -> p.guildId() == guildId && (is(p.messageId(), id) || is(p.threadId(), id)))
        .findFirst();
  }

  private static boolean is(Long a, long b) {
    return a != null && a == b;
  }

  @Override
  public synchronized Optional<DailyPost> previousDailyPost(long guildId, Level level, LocalDate date) {
    return posts.values().stream()
        .filter(p -> p.guildId() == guildId && p.level() == level && p.date().isBefore(date) && p.posted())
        .max(Comparator.comparing(DailyPost::date));
  }

  /** As the store does it: the cycle's unused ids, never the latest daily question while another is left. */
  @Override
  public synchronized List<String> freshQuestions(long guildId, Level level, List<String> pool) {
    Set<String> used = cycles.computeIfAbsent(guildId + "/" + level, k -> new HashSet<>());
    List<String> fresh = new ArrayList<>(pool.stream().distinct().filter(id -> !used.contains(id)).toList());
    if (fresh.isEmpty()) {
      used.clear();
      fresh.addAll(pool.stream().distinct().toList());
    }
    posts.values().stream().filter(p -> p.guildId() == guildId && p.level() == level)
        .max(Comparator.comparing(DailyPost::date))
        .filter(latest -> fresh.size() > 1)
        .ifPresent(latest -> fresh.remove(latest.questionId()));
    return List.copyOf(fresh);
  }

  @Override
  public synchronized SubmissionOutcome recordSubmission(Submission s) {
    submissions.add(s);
    long user = s.player().userId();
    String k = s.player().guildId() + "/" + user + "/" + s.questionId();
    SubmissionOutcome.Builder outcome = SubmissionOutcome.builder(s.result().verdict());
    int streak = streaks.getOrDefault(user, 0);
    if (!s.result().verdict().passed()) {
      return outcome.streak(false, streak, streak, streak, 0).build();
    }
    if (!solves.add(k)) {
      return outcome.solve(true).streak(false, streak, streak, streak, 0).build();
    }
    int earned = reveals.contains(k) ? 0 : s.level().points();
    points.merge(user, earned, Integer::sum);
    boolean grew = s.daily() != null;
    int after = grew ? streaks.merge(user, 1, Integer::sum) : streak;
    return outcome.solve(false).points(earned, 0).streak(grew, streak, after, after, 0).build();
  }

  @Override
  public synchronized OptionalInt recordHint(long guildId, long userId, String questionId, int available) {
    String k = guildId + "/" + userId + "/" + questionId;
    if (hints.getOrDefault(k, 0) >= available) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(hints.merge(k, 1, Integer::sum));
  }

  public synchronized int hintsTaken(long guildId, long userId, String questionId) {
    return hints.getOrDefault(guildId + "/" + userId + "/" + questionId, 0);
  }

  @Override
  public synchronized OptionalLong resultMessage(long guildId, long answerMessageId) {
    Long id = resultMessages.get(guildId + "/" + answerMessageId);
    return id == null ? OptionalLong.empty() : OptionalLong.of(id);
  }

  @Override
  public synchronized void saveResultMessage(long guildId, long answerMessageId, long resultMessageId) {
    resultMessages.put(guildId + "/" + answerMessageId, resultMessageId);
  }

  @Override
  public synchronized void saveAnswered(long guildId, long answerMessageId, long resultMessageId) {
    saveResultMessage(guildId, answerMessageId, resultMessageId);
    answered.add(guildId + "/" + answerMessageId);
  }

  @Override
  public synchronized boolean answered(long guildId, long answerMessageId) {
    return answered.contains(guildId + "/" + answerMessageId);
  }

  @Override
  public synchronized boolean recordReveal(long guildId, long userId, String questionId) {
    reveals.add(guildId + "/" + userId + "/" + questionId);
    return !hasSolved(guildId, userId, questionId);
  }

  public synchronized boolean revealed(long guildId, long userId, String questionId) {
    return reveals.contains(guildId + "/" + userId + "/" + questionId);
  }

  @Override
  public synchronized boolean hasSolved(long guildId, long userId, String questionId) {
    return solves.contains(guildId + "/" + userId + "/" + questionId);
  }

  @Override
  public synchronized int solveCount(DailyPost post) {
    return (int) submissions.stream()
        .filter(s -> s.daily() != null && s.daily().id() == post.id() && s.result().verdict().passed())
        .map(s -> s.player().userId()).distinct().count();
  }

  @Override
  public synchronized boolean recordQuizAnswer(DailyPost post, long userId, int option) {
    return quiz.computeIfAbsent(post.id(), k -> new HashMap<>()).putIfAbsent(userId, option) == null;
  }

  @Override
  public synchronized Map<Integer, Integer> quizTally(DailyPost post) {
    Map<Integer, Integer> tally = new TreeMap<>();
    quiz.getOrDefault(post.id(), Map.of()).values().forEach(o -> tally.merge(o, 1, Integer::sum));
    return tally;
  }

  @Override
  public synchronized List<LeaderboardEntry> leaderboard(long guildId, boolean weekly, int limit) {
    List<Map.Entry<Long, Integer>> rows = points.entrySet().stream()
        .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()).limit(limit).toList();
    List<LeaderboardEntry> out = new ArrayList<>();
    for (Map.Entry<Long, Integer> r : rows) {
      out.add(new LeaderboardEntry(out.size() + 1, r.getKey(), r.getValue(), 1));
    }
    return out;
  }

  @Override
  public synchronized Profile profile(long guildId, long userId) {
    int s = streaks.getOrDefault(userId, 0);
    return new Profile(guildId, userId, points.getOrDefault(userId, 0), OptionalInt.empty(),
        new StreakView(s, s, 0, null), Map.of(), List.of(), List.of(), List.of());
  }

  @Override
  public synchronized void forget(long guildId, long userId) {
    points.remove(userId);
    streaks.remove(userId);
  }
}
