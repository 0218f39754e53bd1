package dailypy.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A user's progress in one guild.
 *
 * @param solvedByLevel solves per level (every level present, possibly 0)
 * @param topics per-topic counts, sorted by topic
 * @param weakTopics topics to suggest for practice, weakest first (see rules.md)
 * @param activity the last 90 days (today included) that had any activity, oldest first
 */
public record Profile(
    long guildId,
    long userId,
    int points,
    OptionalInt rank,
    StreakView streak,
    Map<Level, Integer> solvedByLevel,
    List<TopicStats> topics,
    List<String> weakTopics,
    List<DayActivity> activity) {

  /** Questions solved, all levels together. */
  public int solved() {
    return solvedByLevel.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Days whose streak a freeze kept alive. A frozen day is shown as frozen even if the user passed
   * a practice question on it: the calendar is about the streak, and a freeze spent is the news.
   */
  public Set<LocalDate> frozenDays() {
    return activity.stream().filter(d -> d.streak() == StreakDay.FROZEN).map(DayActivity::date)
        .collect(Collectors.toSet());
  }

  /** Days with a passed answer or a streak solve, frozen days excepted. */
  public Set<LocalDate> activeDays() {
    Set<LocalDate> frozen = frozenDays();
    return activity.stream().filter(d -> d.passed() > 0 || d.streak() == StreakDay.SOLVED)
        .map(DayActivity::date).filter(d -> !frozen.contains(d)).collect(Collectors.toSet());
  }

  /**
   * @param attempts graded submissions in the topic (grader failures and empty answers excluded)
   * @param passed passing submissions among them
   * @param solved distinct questions solved in the topic
   */
  public record TopicStats(String topic, int solved, int attempts, int passed) {
    /** Passed / attempts, 0 when there were no attempts. */
    public double successRate() {
      return attempts == 0 ? 0.0 : (double) passed / attempts;
    }
  }

  /** What happened on one local day, for a streak calendar. */
  public record DayActivity(LocalDate date, int submissions, int passed, StreakDay streak) {}

  /** How a day counted for the streak. */
  public enum StreakDay {
    NONE,
    SOLVED,
    FROZEN
  }
}
