package dailypy.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Users' streaks, the one place that reads and writes them: the stored state, the streak as it
 * stands on a day (missed post days since the last credited day already count), and crediting a
 * day whose daily question was solved on it ({@link StreakRule} does the arithmetic).
 * {@link Submissions} credits, {@link Profiles} and this class's {@link #streak} read.
 */
public final class Streaks extends StoreTables {
  Streaks(Database db, Clock clock) {
    super(db, clock);
  }

  /** The user's streak as of today in the guild's timezone. */
  public StreakView streak(long guildId, long userId) {
    return db.read(
        "reading a streak",
        c -> current(c, guildId, userId, Days.localDate(clock.instant(), Days.zoneOf(c, guildId))));
  }

  /** The user's streak as it stands on {@code today}. */
  static StreakView current(Connection c, long guildId, long userId, LocalDate today)
      throws SQLException {
    return asOf(c, guildId, load(c, guildId, userId), today);
  }

  /** A stored state as it stands on {@code today}: freezes cover missed post days, or it is lost. */
  static StreakView asOf(Connection c, long guildId, StreakRule.State state, LocalDate today)
      throws SQLException {
    if (state.lastDay() == null || !today.isAfter(state.lastDay())) {
      return StreakRule.view(state, 0);
    }
    return StreakRule.view(state, Days.postDaysBetween(c, guildId, state.lastDay(), today).size());
  }

  static StreakRule.State load(Connection c, long guildId, long userId) throws SQLException {
    return Sql.queryOne(
            c,
            "SELECT current, longest, freezes, last_day FROM streaks"
                + " WHERE guild_id = ? AND user_id = ?",
            rs ->
                new StreakRule.State(
                    rs.getInt(1), rs.getInt(2), rs.getInt(3), LocalDate.parse(rs.getString(4))),
            guildId,
            userId)
        .orElse(StreakRule.State.NONE);
  }

  /**
   * Credits {@code day} for the user, using freezes for the guild's post days missed since the
   * last credited day, and saves the result; a day credited already changes nothing.
   */
  static StreakRule.Credit credit(
      Connection c, long guildId, long userId, StreakRule.State state, LocalDate day)
      throws SQLException {
    StreakRule.Credit credit =
        StreakRule.credit(
            state,
            day,
            state.lastDay() == null
                ? List.of()
                : Days.postDaysBetween(c, guildId, state.lastDay(), day));
    if (credit.credited()) {
      save(c, guildId, userId, day, credit);
    }
    return credit;
  }

  private static void save(
      Connection c, long guildId, long userId, LocalDate day, StreakRule.Credit credit)
      throws SQLException {
    StreakRule.State a = credit.after();
    Sql.update(
        c,
        "INSERT INTO streaks (guild_id, user_id, current, longest, freezes, last_day)"
            + " VALUES (?,?,?,?,?,?) ON CONFLICT (guild_id, user_id) DO UPDATE SET"
            + " current = excluded.current, longest = excluded.longest,"
            + " freezes = excluded.freezes, last_day = excluded.last_day",
        guildId,
        userId,
        a.current(),
        a.longest(),
        a.freezes(),
        day.toString());
    for (LocalDate frozen : credit.frozenDays()) {
      Sql.update(
          c,
          "INSERT INTO streak_days (guild_id, user_id, day, kind, streak_after)"
              + " VALUES (?,?,?,'frozen',?) ON CONFLICT DO NOTHING",
          guildId,
          userId,
          frozen.toString(),
          credit.shownBefore());
    }
    Sql.update(
        c,
        "INSERT INTO streak_days (guild_id, user_id, day, kind, streak_after)"
            + " VALUES (?,?,?,'solved',?)",
        guildId,
        userId,
        day.toString(),
        a.current());
  }
}
