package dailypy.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/** Calendar rules: a day is the date in the guild's current timezone; weeks start on Monday. */
final class Days {
  private Days() {}

  static LocalDate localDate(Instant instant, ZoneId zone) {
    return LocalDate.ofInstant(instant, zone);
  }

  static LocalDate weekStart(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The guild's timezone, UTC for a guild with no settings (practice mode, new guilds). */
  static ZoneId zoneOf(Connection c, long guildId) throws SQLException {
    return Sql.queryOne(
            c,
            "SELECT timezone FROM guild_settings WHERE guild_id = ?",
            rs -> ZoneId.of(rs.getString(1)),
            guildId)
        .orElse(ZoneOffset.UTC);
  }

  /**
   * Days on which the guild posted a daily question strictly between {@code after} and {@code
   * before}. Only these can be missed: a paused guild, or a date skipped by a timezone change,
   * costs nobody a streak.
   */
  static java.util.List<LocalDate> postDaysBetween(
      Connection c, long guildId, LocalDate after, LocalDate before) throws SQLException {
    return Sql.queryList(
        c,
        "SELECT DISTINCT post_date FROM daily_posts WHERE guild_id = ? AND posted_at IS NOT NULL"
            + " AND post_date > ? AND post_date < ? ORDER BY post_date",
        rs -> LocalDate.parse(rs.getString(1)),
        guildId,
        after.toString(),
        before.toString());
  }
}
