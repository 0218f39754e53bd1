package dailypy.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which of the bot's gateway shards this process runs: {@code total} shards in all, of which this
 * process holds {@code ids}. Discord routes a guild to shard {@code (guild_id >> 22) % total}; the
 * same rule decides which process posts a guild's daily questions, so each guild has exactly one
 * poster however the range is split between processes.
 */
public record ShardRange(int total, SortedSet<Integer> ids) {
  /** Discord's cap on shards per bot is far below this; it only bounds a typo. */
  public static final int MAX_TOTAL = 4096;

  /** One process holding every shard of a bot with one shard: the default. */
  public static final ShardRange SINGLE = new ShardRange(1, new TreeSet<>(List.of(0)));

  public ShardRange {
    if (total < 1 || total > MAX_TOTAL) {
      throw new IllegalArgumentException("the shard total must be between 1 and " + MAX_TOTAL + ", not " + total);
    }
    if (ids == null || ids.isEmpty()) {
      throw new IllegalArgumentException("a process must run at least one shard");
    }
    if (ids.first() < 0 || ids.last() >= total) {
      throw new IllegalArgumentException("shard ids must be between 0 and " + (total - 1) + " for " + total
          + " shard(s), not " + ids);
    }
    ids = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(ids));
  }

  /** All shards of a bot with {@code total} shards. */
  public static ShardRange all(int total) {
    TreeSet<Integer> ids = new TreeSet<>();
    for (int i = 0; i < total; i++) {
      ids.add(i);
    }
    return new ShardRange(total, ids);
  }

  /**
   * Parses ids such as {@code "0-1"}, {@code "3"} or {@code "0,2-3"}; a blank text means all shards.
   *
   * @throws IllegalArgumentException with a message naming the part that is wrong
   */
  public static ShardRange parse(int total, String text) {
    if (text == null || text.isBlank()) {
      return all(total);
    }
    TreeSet<Integer> ids = new TreeSet<>();
    for (String part : text.split(",")) {
      String p = part.strip();
      int dash = p.indexOf('-', 1);
      try {
        int from = Integer.parseInt(dash < 0 ? p : p.substring(0, dash).strip());
        int to = dash < 0 ? from : Integer.parseInt(p.substring(dash + 1).strip());
        if (to < from || to - from >= MAX_TOTAL) {
          throw new IllegalArgumentException("shard range '" + p + "' runs backwards or is too long");
        }
        for (int i = from; i <= to; i++) {
          ids.add(i);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + p + "' is not a shard id or range such as 0-1", e);
      }
    }
    return new ShardRange(total, ids);
  }

  /** The shard Discord routes a guild to. */
  public int shardOf(long guildId) {
    return (int) Long.remainderUnsigned(guildId >>> 22, total);
  }

  /** Whether this process holds the guild's shard (and so posts its daily questions). */
  public boolean owns(long guildId) {
    return ids.contains(shardOf(guildId));
  }

  /** The share of the bot's traffic this process carries (its shards over all shards). */
  public double share() {
    return (double) ids.size() / total;
  }

  public List<Integer> idList() {
    return new ArrayList<>(ids);
  }

  @Override
  public String toString() {
    return ids + " of " + total;
  }
}
