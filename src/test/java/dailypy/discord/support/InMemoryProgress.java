package dailypy.discord.support;

import dailypy.discord.DailyPost;
import dailypy.discord.GuildSettings;
import dailypy.discord.ProgressPort;
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
 * hints, reveals, solves, quiz answers, result messages). The real rules live in dailypy.progress.
 */
public final class InMemoryProgress implements ProgressPort {
  private final Map<Long, GuildSettings> settings = new HashMap<>();
  private final Map<String, DailyPost> posts = new LinkedHashMap<>();
  /** Guild/level → question ids used in the current cycle. */
  private final Map<String, Set<String>> cycles = new HashMap<>();
  private final Map<String, Integer> hints = new HashMap<>();
  private final Set<String> reveals = new HashSet<>();
  private final Set<String> solves = new HashSet<>();
  private final Map<String, Map<Long, Integer>> quiz = new HashMap<>();
  public final List<Submission> submissions = new ArrayList<>();
  private final Map<Long, Integer> points = new HashMap<>();
  private final Map<Long, Integer> streaks = new HashMap<>();
  private final Map<String, Long> resultMessages = new HashMap<>();

  private static String key(long guild, String level, LocalDate date) {
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
  public synchronized DailyPost claimDailyPost(long guildId, String level, LocalDate date, String questionId) {
    return posts.computeIfAbsent(key(guildId, level, date), k -> {
      cycles.computeIfAbsent(guildId + "/" + level, c -> new HashSet<>()).add(questionId);
      return new DailyPost(guildId, level, date, questionId, 0, 0);
    });
  }

  @Override
  public synchronized void markPosted(long guildId, String level, LocalDate date, long messageId, long threadId) {
    DailyPost p = posts.get(key(guildId, level, date));
    posts.put(key(guildId, level, date), new DailyPost(guildId, level, date, p.questionId(), messageId, threadId));
  }

  @Override
  public synchronized Optional<DailyPost> dailyPost(long guildId, String level, LocalDate date) {
    return Optional.ofNullable(posts.get(key(guildId, level, date)));
  }

  public synchronized List<DailyPost> allPosts() {
    return List.copyOf(posts.values());
  }

  @Override
  public synchronized Optional<DailyPost> dailyPostByMessageOrThread(long guildId, long id) {
    return posts.values().stream()
        .filter(p -> p.guildId() == guildId && (p.messageId() == id || p.threadId() == id))
        .findFirst();
  }

  @Override
  public synchronized Optional<DailyPost> previousDailyPost(long guildId, String level, LocalDate date) {
    return posts.values().stream()
        .filter(p -> p.guildId() == guildId && p.level().equals(level) && p.date().isBefore(date) && p.posted())
        .max(Comparator.comparing(DailyPost::date));
  }

  /** As the store does it: the cycle's unused ids, never the latest daily question while another is left. */
  @Override
  public synchronized List<String> freshQuestions(long guildId, String level, List<String> pool) {
    Set<String> used = cycles.computeIfAbsent(guildId + "/" + level, k -> new HashSet<>());
    List<String> fresh = new ArrayList<>(pool.stream().distinct().filter(id -> !used.contains(id)).toList());
    if (fresh.isEmpty()) {
      used.clear();
      fresh.addAll(pool.stream().distinct().toList());
    }
    posts.values().stream().filter(p -> p.guildId() == guildId && p.level().equals(level))
        .max(Comparator.comparing(DailyPost::date))
        .filter(latest -> fresh.size() > 1)
        .ifPresent(latest -> fresh.remove(latest.questionId()));
    return List.copyOf(fresh);
  }

  @Override
  public synchronized Award recordSubmission(Submission s) {
    submissions.add(s);
    String k = s.guildId() + "/" + s.userId() + "/" + s.questionId();
    if (!s.result().verdict().passed()) {
      return Award.NONE;
    }
    if (!solves.add(k)) {
      return new Award(0, streaks.getOrDefault(s.userId(), 0), false, false, true, 0, false);
    }
    int base = switch (s.level()) {
      case "intermediate" -> 20;
      case "advanced" -> 30;
      default -> 10;
    };
    int earned = reveals.contains(k) ? 0 : base;
    points.merge(s.userId(), earned, Integer::sum);
    boolean grew = s.daily() != null;
    int streak = grew ? streaks.merge(s.userId(), 1, Integer::sum) : streaks.getOrDefault(s.userId(), 0);
    return new Award(earned, streak, grew, false, false, 0, false);
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
  public synchronized void recordReveal(long guildId, long userId, String questionId) {
    reveals.add(guildId + "/" + userId + "/" + questionId);
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
        .filter(s -> s.daily() != null && s.daily().equals(post) && s.result().verdict().passed())
        .map(Submission::userId).distinct().count();
  }

  @Override
  public synchronized boolean recordQuizAnswer(DailyPost post, long userId, int option, boolean correct) {
    return quiz.computeIfAbsent(key(post.guildId(), post.level(), post.date()), k -> new HashMap<>())
        .putIfAbsent(userId, option) == null;
  }

  @Override
  public synchronized Map<Integer, Integer> quizTally(DailyPost post) {
    Map<Integer, Integer> tally = new TreeMap<>();
    quiz.getOrDefault(key(post.guildId(), post.level(), post.date()), Map.of())
        .values().forEach(o -> tally.merge(o, 1, Integer::sum));
    return tally;
  }

  @Override
  public synchronized List<LeaderRow> leaderboard(long guildId, boolean weekly, LocalDate today, int limit) {
    return points.entrySet().stream()
        .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
        .limit(limit)
        .map(e -> new LeaderRow(e.getKey(), e.getValue(), 1))
        .toList();
  }

  @Override
  public synchronized Streak streak(long guildId, long userId, LocalDate today) {
    int s = streaks.getOrDefault(userId, 0);
    return new Streak(s, s, 0, points.getOrDefault(userId, 0));
  }

  @Override
  public synchronized Profile profile(long guildId, long userId, LocalDate today) {
    return new Profile(points.getOrDefault(userId, 0), 0, Map.of(), Map.of(), List.of(), Set.of(today), Set.of(),
        streak(guildId, userId, today));
  }

  @Override
  public synchronized void forget(long guildId, long userId) {
    points.remove(userId);
    streaks.remove(userId);
  }
}
