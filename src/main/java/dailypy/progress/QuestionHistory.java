package dailypy.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which questions a guild has already had as daily questions, per level, so none repeats until
 * the level's pool is exhausted, and none comes twice in a row. Claiming a daily post marks its
 * question used; {@link #unused} starts the next cycle when the pool is used up.
 */
public final class QuestionHistory {
  private final Database db;

  QuestionHistory(Database db, Clock clock) {
    this.db = db;
  }

  /** Question ids used in the current cycle of this guild's level pool. */
  public Set<String> used(long guildId, Level level) {
    return db.read("reading question history", c -> new LinkedHashSet<>(used(c, guildId, level)));
  }

  /**
   * The ids of {@code pool} the next daily question may be, in pool order: those not yet used in
   * this guild at this level. When every id in the pool has been used, the level's history is
   * cleared (a new cycle starts) and the whole pool is fresh again, except the level's latest
   * daily question while the pool has another: the new cycle must not open with yesterday's
   * question. An empty pool returns an empty list.
   */
  public List<String> unused(long guildId, Level level, Collection<String> pool) {
    if (pool.isEmpty()) {
      return List.of();
    }
    return db.write(
        "picking unused questions",
        c -> {
          Set<String> used = used(c, guildId, level);
          List<String> fresh = pool.stream().distinct().filter(id -> !used.contains(id)).toList();
          if (fresh.isEmpty()) {
            Sql.update(
                c,
                "DELETE FROM question_history WHERE guild_id = ? AND level = ?",
                guildId,
                level.id());
            fresh = pool.stream().distinct().toList();
          }
          // Checked on every call, not only when this call restarts the cycle: if the first pick
          // of a new cycle was never claimed, the latest question is still fresh on the next call.
          Optional<String> latest = latestDailyQuestion(c, guildId, level);
          if (fresh.size() > 1 && latest.isPresent() && fresh.contains(latest.get())) {
            List<String> others = new ArrayList<>(fresh);
            others.remove(latest.get());
            return List.copyOf(others);
          }
          return fresh;
        });
  }

  private static Optional<String> latestDailyQuestion(Connection c, long guildId, Level level)
      throws SQLException {
    return Sql.queryOne(
        c,
        "SELECT question_id FROM daily_posts WHERE guild_id = ? AND level = ?"
            + " ORDER BY post_date DESC, id DESC LIMIT 1",
        rs -> rs.getString(1),
        guildId,
        level.id());
  }

  static void markUsed(Connection c, long guildId, Level level, String questionId, long at)
      throws SQLException {
    Sql.update(
        c,
        "INSERT INTO question_history (guild_id, level, question_id, used_at) VALUES (?,?,?,?)"
            + " ON CONFLICT DO NOTHING",
        guildId,
        level.id(),
        questionId,
        at);
  }

  private static Set<String> used(Connection c, long guildId, Level level) throws SQLException {
    return new LinkedHashSet<>(
        Sql.queryList(
            c,
            "SELECT question_id FROM question_history WHERE guild_id = ? AND level = ?"
                + " ORDER BY used_at, question_id",
            rs -> rs.getString(1),
            guildId,
            level.id()));
  }
}
