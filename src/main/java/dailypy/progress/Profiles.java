package dailypy.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/** Builds a user's {@link Profile} in one read transaction. */
public final class Profiles extends StoreTables {
  /** Days of activity in a profile, today included. */
  public static final int ACTIVITY_DAYS = 90;

  /** A topic is weak with at least this many attempts and a success rate below the threshold. */
  static final int WEAK_MIN_ATTEMPTS = 3;

  static final double WEAK_BELOW = 0.5;
  static final int WEAK_MAX = 3;

  Profiles(Database db, Clock clock) {
    super(db, clock);
  }

  public Profile profile(long guildId, long userId) {
    return db.read("reading a profile", c -> build(c, guildId, userId));
  }

  private Profile build(Connection c, long guildId, long userId) throws SQLException {
    LocalDate today = Days.localDate(clock.instant(), Days.zoneOf(c, guildId));
    int points =
        Sql.queryLong(
                c,
                "SELECT points FROM user_points WHERE guild_id = ? AND user_id = ?",
                guildId,
                userId)
            .map(Long::intValue)
            .orElse(0);
    Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
    for (Level l : Level.values()) {
      byLevel.put(l, 0);
    }
    Map<String, int[]> topics = new TreeMap<>(); // topic -> {solved, attempts, passed}
    for (Object[] row :
        Sql.queryList(
            c,
            "SELECT level, topic, count(*) FROM solves WHERE guild_id = ? AND user_id = ?"
                + " GROUP BY level, topic",
            rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3)},
            guildId,
            userId)) {
      int n = (Integer) row[2];
      byLevel.merge(Level.parse((String) row[0]), n, Integer::sum);
      topics.computeIfAbsent((String) row[1], t -> new int[3])[0] += n;
    }
    List<Object> args = new ArrayList<>(List.of(guildId, userId));
    args.addAll(Submissions.NOT_ATTEMPTS);
    for (Object[] row :
        Sql.queryList(
            c,
            "SELECT topic, count(*), sum(CASE WHEN verdict = 'PASSED' THEN 1 ELSE 0 END) FROM submissions"
                + " WHERE guild_id = ? AND user_id = ? AND verdict NOT IN ("
                + String.join(",", java.util.Collections.nCopies(Submissions.NOT_ATTEMPTS.size(), "?"))
                + ") GROUP BY topic",
            rs -> new Object[] {rs.getString(1), rs.getInt(2), rs.getInt(3)},
            args.toArray())) {
      int[] t = topics.computeIfAbsent((String) row[0], k -> new int[3]);
      t[1] = (Integer) row[1];
      t[2] = (Integer) row[2];
    }
    List<Profile.TopicStats> topicStats = new ArrayList<>();
    topics.forEach((t, v) -> topicStats.add(new Profile.TopicStats(t, v[0], v[1], v[2])));
    List<String> weak =
        topicStats.stream()
            .filter(t -> t.attempts() >= WEAK_MIN_ATTEMPTS && t.successRate() < WEAK_BELOW)
            .sorted(
                Comparator.comparingDouble(Profile.TopicStats::successRate)
                    .thenComparing(Profile.TopicStats::attempts, Comparator.reverseOrder())
                    .thenComparing(Profile.TopicStats::topic))
            .limit(WEAK_MAX)
            .map(Profile.TopicStats::topic)
            .toList();
    StreakView streak = Streaks.current(c, guildId, userId, today);
    return new Profile(
        guildId,
        userId,
        points,
        allTimeRank(c, guildId, userId),
        streak,
        byLevel,
        topicStats,
        weak,
        activity(c, guildId, userId, today.minusDays(ACTIVITY_DAYS - 1L)));
  }

  private static List<Profile.DayActivity> activity(
      Connection c, long guildId, long userId, LocalDate from) throws SQLException {
    Map<LocalDate, Profile.DayActivity> days = new TreeMap<>();
    for (Profile.DayActivity d :
        Sql.queryList(
            c,
            "SELECT local_date, count(*), sum(CASE WHEN verdict = 'PASSED' THEN 1 ELSE 0 END) FROM submissions"
                + " WHERE guild_id = ? AND user_id = ? AND local_date >= ? GROUP BY local_date",
            rs ->
                new Profile.DayActivity(
                    LocalDate.parse(rs.getString(1)),
                    rs.getInt(2),
                    rs.getInt(3),
                    Profile.StreakDay.NONE),
            guildId,
            userId,
            from.toString())) {
      days.put(d.date(), d);
    }
    for (Object[] row :
        Sql.queryList(
            c,
            "SELECT day, kind FROM streak_days WHERE guild_id = ? AND user_id = ? AND day >= ?",
            rs -> new Object[] {LocalDate.parse(rs.getString(1)), rs.getString(2)},
            guildId,
            userId,
            from.toString())) {
      LocalDate day = (LocalDate) row[0];
      Profile.StreakDay kind =
          "frozen".equals(row[1]) ? Profile.StreakDay.FROZEN : Profile.StreakDay.SOLVED;
      Profile.DayActivity old = days.get(day);
      days.put(
          day,
          new Profile.DayActivity(
              day, old == null ? 0 : old.submissions(), old == null ? 0 : old.passed(), kind));
    }
    return List.copyOf(days.values());
  }

  static OptionalInt allTimeRank(Connection c, long guildId, long userId) throws SQLException {
    var mine =
        Sql.queryOne(
            c,
            "SELECT points, last_award_at FROM user_points"
                + " WHERE guild_id = ? AND user_id = ? AND points > 0",
            rs -> new long[] {rs.getLong(1), rs.getLong(2)},
            guildId,
            userId);
    if (mine.isEmpty()) {
      return OptionalInt.empty();
    }
    long p = mine.get()[0];
    long t = mine.get()[1];
    long ahead =
        Sql.queryLong(
                c,
                "SELECT count(*) FROM user_points WHERE guild_id = ? AND (points > ?"
                    + " OR (points = ? AND (last_award_at < ? OR (last_award_at = ? AND user_id < ?))))",
                guildId,
                p,
                p,
                t,
                t,
                userId)
            .orElse(0L);
    return OptionalInt.of((int) ahead + 1);
  }
}
