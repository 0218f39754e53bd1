package dailypy.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Weekly and all-time leaderboards, read from running totals kept by {@link Submissions}.
 * Order: more points first; on equal points, whoever reached that total first (earlier last
 * award); then the lower user id, so the order is total and stable.
 */
public final class Leaderboards {
  private static final String ORDER = " ORDER BY points DESC, last_award_at ASC, user_id ASC";

  private final Database db;
  private final Clock clock;

  Leaderboards(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** The top {@code limit} of the week that started on Monday in the guild's timezone. */
  public List<LeaderboardEntry> weekly(long guildId, int limit) {
    return db.read(
        "reading the weekly leaderboard",
        c -> {
          LocalDate week = Days.weekStart(Days.localDate(clock.instant(), Days.zoneOf(c, guildId)));
          return ranked(
              Sql.queryList(
                  c,
                  "SELECT user_id, points, solved FROM weekly_points"
                      + " WHERE guild_id = ? AND week_start = ? AND points > 0"
                      + ORDER
                      + " LIMIT ?",
                  rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                  guildId,
                  week.toString(),
                  limit));
        });
  }

  /** The top {@code limit} of all time. */
  public List<LeaderboardEntry> allTime(long guildId, int limit) {
    return db.read(
        "reading the all-time leaderboard",
        c ->
            ranked(
                Sql.queryList(
                    c,
                    "SELECT user_id, points, solved FROM user_points"
                        + " WHERE guild_id = ? AND points > 0"
                        + ORDER
                        + " LIMIT ?",
                    rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                    guildId,
                    limit)));
  }

  /** The user's all-time rank, empty if they have no points. */
  public OptionalInt allTimeRank(long guildId, long userId) {
    return db.read("reading a rank", c -> Profiles.allTimeRank(c, guildId, userId));
  }

  private static List<LeaderboardEntry> ranked(List<long[]> rows) {
    List<LeaderboardEntry> out = new ArrayList<>(rows.size());
    for (long[] r : rows) {
      out.add(new LeaderboardEntry(out.size() + 1, r[0], (int) r[1], (int) r[2]));
    }
    return out;
  }
}
