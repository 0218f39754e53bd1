package dailypy.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Guild settings: read, save, and "what day is it there". */
public final class Guilds extends StoreTables {
  Guilds(Database db, Clock clock) {
    super(db, clock);
  }

  /** The saved settings, or empty if the guild never saved any. */
  public Optional<GuildSettings> find(long guildId) {
    return db.read(
        "reading guild settings",
        c ->
            Sql.queryOne(
                c, "SELECT * FROM guild_settings WHERE guild_id = ?", Guilds::map, guildId));
  }

  /** The saved settings, or {@link GuildSettings#defaults} if none were saved. */
  public GuildSettings get(long guildId) {
    return find(guildId).orElseGet(() -> GuildSettings.defaults(guildId));
  }

  /** Every guild with saved settings, for the scheduler. */
  public List<GuildSettings> all() {
    return db.read(
        "listing guild settings",
        c -> Sql.queryList(c, "SELECT * FROM guild_settings ORDER BY guild_id", Guilds::map));
  }

  /**
   * Saves (inserts or replaces) a guild's settings. Changing the timezone takes effect for the
   * next day boundary; days already recorded keep the dates they were given (see rules.md).
   */
  public void save(GuildSettings s) {
    db.write(
        "saving guild settings",
        c ->
            Sql.update(
                c,
                "INSERT INTO guild_settings (guild_id, channel_id, levels, post_time, timezone,"
                    + " ping_role_id, threads, paused, updated_at) VALUES (?,?,?,?,?,?,?,?,?)"
                    + " ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id,"
                    + " levels = excluded.levels, post_time = excluded.post_time,"
                    + " timezone = excluded.timezone, ping_role_id = excluded.ping_role_id,"
                    + " threads = excluded.threads, paused = excluded.paused,"
                    + " updated_at = excluded.updated_at",
                s.guildId(),
                s.channelId(),
                s.levels().stream().sorted().map(Level::id)
                    .collect(Collectors.joining(",")),
                s.postTime().toString(),
                s.zone().getId(),
                s.pingRoleId(),
                s.threads(),
                s.paused(),
                clock.millis()));
  }

  /** Today's date in the guild's timezone (UTC for a guild without settings). */
  public LocalDate today(long guildId) {
    ZoneId zone = db.read("reading a guild timezone", c -> Days.zoneOf(c, guildId));
    return Days.localDate(clock.instant(), zone);
  }

  private static GuildSettings map(ResultSet rs) throws SQLException {
    String levels = rs.getString("levels");
    Set<Level> parsed =
        levels.isBlank()
            ? EnumSet.noneOf(Level.class)
            : Arrays.stream(levels.split(","))
                .map(Level::parse)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Level.class)));
    return new GuildSettings(
        rs.getLong("guild_id"),
        Sql.nullableLong(rs, "channel_id"),
        parsed,
        LocalTime.parse(rs.getString("post_time")),
        ZoneId.of(rs.getString("timezone")),
        Sql.nullableLong(rs, "ping_role_id"),
        rs.getInt("threads") != 0,
        rs.getInt("paused") != 0);
  }
}
