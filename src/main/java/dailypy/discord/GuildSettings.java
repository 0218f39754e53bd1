package dailypy.discord;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * A guild's daily-question settings.
 *
 * @param channelId where daily questions are posted; 0 when not set up yet
 * @param pingRoleId role mentioned with each post; 0 for none
 */
public record GuildSettings(
    long guildId,
    long channelId,
    Set<String> levels,
    LocalTime postTime,
    ZoneId zone,
    long pingRoleId,
    boolean threads,
    boolean paused) {

  public GuildSettings {
    levels = Set.copyOf(levels);
  }

  public static GuildSettings defaults(long guildId) {
    return new GuildSettings(guildId, 0, Set.of("basic"), LocalTime.of(9, 0), ZoneId.of("UTC"), 0, true, false);
  }

  public GuildSettings withChannel(long id) {
    return new GuildSettings(guildId, id, levels, postTime, zone, pingRoleId, threads, paused);
  }

  public GuildSettings withLevels(Set<String> l) {
    return new GuildSettings(guildId, channelId, l, postTime, zone, pingRoleId, threads, paused);
  }

  public GuildSettings withPostTime(LocalTime t) {
    return new GuildSettings(guildId, channelId, levels, t, zone, pingRoleId, threads, paused);
  }

  public GuildSettings withZone(ZoneId z) {
    return new GuildSettings(guildId, channelId, levels, postTime, z, pingRoleId, threads, paused);
  }

  public GuildSettings withPingRole(long id) {
    return new GuildSettings(guildId, channelId, levels, postTime, zone, id, threads, paused);
  }

  public GuildSettings withThreads(boolean on) {
    return new GuildSettings(guildId, channelId, levels, postTime, zone, pingRoleId, on, paused);
  }

  public GuildSettings withPaused(boolean p) {
    return new GuildSettings(guildId, channelId, levels, postTime, zone, pingRoleId, threads, p);
  }
}
