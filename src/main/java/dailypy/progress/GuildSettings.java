package dailypy.progress;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How one guild wants its daily questions.
 *
 * @param channelId where questions are posted, null until configured
 * @param levels levels posted each day (may be empty)
 * @param postTime local time of the daily post
 * @param zone the guild's IANA timezone; it defines what "a day" is for streaks and weeks
 * @param pingRoleId role mentioned in each post, or null
 * @param threads whether each post opens a thread for answers
 * @param paused whether posting is paused (paused days cost nobody a streak)
 */
public record GuildSettings(
    long guildId,
    Long channelId,
    Set<Level> levels,
    LocalTime postTime,
    ZoneId zone,
    Long pingRoleId,
    boolean threads,
    boolean paused) {

  public GuildSettings {
    Objects.requireNonNull(postTime, "postTime");
    Objects.requireNonNull(zone, "zone");
    levels = levels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
  }

  /**
   * Settings of a guild that has not configured anything: no channel, all levels at 09:00 UTC,
   * threads on, no role ping. The only defaults of guild settings: the bot's /setup starts from
   * these too.
   */
  public static GuildSettings defaults(long guildId) {
    return new GuildSettings(
        guildId,
        null,
        EnumSet.allOf(Level.class),
        LocalTime.of(9, 0),
        ZoneId.of("UTC"),
        null,
        true,
        false);
  }

  public GuildSettings withChannel(Long channel) {
    return new GuildSettings(guildId, channel, levels, postTime, zone, pingRoleId, threads, paused);
  }

  public GuildSettings withLevels(Set<Level> newLevels) {
    return new GuildSettings(
        guildId, channelId, newLevels, postTime, zone, pingRoleId, threads, paused);
  }

  public GuildSettings withPostTime(LocalTime time) {
    return new GuildSettings(guildId, channelId, levels, time, zone, pingRoleId, threads, paused);
  }

  public GuildSettings withZone(ZoneId newZone) {
    return new GuildSettings(
        guildId, channelId, levels, postTime, newZone, pingRoleId, threads, paused);
  }

  public GuildSettings withPingRole(Long role) {
    return new GuildSettings(guildId, channelId, levels, postTime, zone, role, threads, paused);
  }

  public GuildSettings withThreads(boolean on) {
    return new GuildSettings(guildId, channelId, levels, postTime, zone, pingRoleId, on, paused);
  }

  public GuildSettings withPaused(boolean on) {
    return new GuildSettings(guildId, channelId, levels, postTime, zone, pingRoleId, threads, on);
  }
}
