package dailypy.progress;

import java.sql.Connection;
import java.sql.SQLException;

/** forget-me: removes a user's rows in a guild, keeping only anonymous counts. */
final class Privacy {
  private static final String[] USER_TABLES = {
    "points_ledger", "solves", "submissions", "hints", "reveals", "user_points", "weekly_points",
    "streaks", "streak_days", "user_settings", "quiz_answers"
  };

  private Privacy() {}

  static ForgetResult forget(Connection c, long guildId, long userId) throws SQLException {
    int submissions = count(c, "SELECT count(*) FROM submissions", guildId, userId);
    int solves = count(c, "SELECT count(*) FROM solves", guildId, userId);
    int points = count(c, "SELECT coalesce(sum(points), 0) FROM points_ledger", guildId, userId);
    boolean known =
        submissions + solves + points > 0
            || Sql.exists(
                c,
                "SELECT 1 FROM hints WHERE guild_id = ? AND user_id = ? UNION ALL SELECT 1 FROM"
                    + " reveals WHERE guild_id = ? AND user_id = ? UNION ALL SELECT 1 FROM"
                    + " user_settings WHERE guild_id = ? AND user_id = ? UNION ALL SELECT 1 FROM"
                    + " quiz_answers WHERE guild_id = ? AND user_id = ?",
                guildId,
                userId,
                guildId,
                userId,
                guildId,
                userId,
                guildId,
                userId);
    if (known) {
      Sql.update(
          c,
          "INSERT INTO anonymous_totals (guild_id, forgotten_users, submissions, solves, points)"
              + " VALUES (?,1,?,?,?) ON CONFLICT (guild_id) DO UPDATE SET"
              + " forgotten_users = anonymous_totals.forgotten_users + 1,"
              + " submissions = anonymous_totals.submissions + excluded.submissions,"
              + " solves = anonymous_totals.solves + excluded.solves,"
              + " points = anonymous_totals.points + excluded.points",
          guildId,
          submissions,
          solves,
          points);
    }
    // The first-solver bonus stays awarded (first_solver_awarded), only the user id goes.
    Sql.update(
        c,
        "UPDATE daily_posts SET first_solver_user_id = NULL"
            + " WHERE guild_id = ? AND first_solver_user_id = ?",
        guildId,
        userId);
    for (String table : USER_TABLES) {
      Sql.update(c, "DELETE FROM " + table + " WHERE guild_id = ? AND user_id = ?", guildId, userId);
    }
    return new ForgetResult(submissions, solves, points);
  }

  private static int count(Connection c, String select, long guildId, long userId)
      throws SQLException {
    return Sql.queryLong(c, select + " WHERE guild_id = ? AND user_id = ?", guildId, userId)
        .orElse(0L)
        .intValue();
  }
}
