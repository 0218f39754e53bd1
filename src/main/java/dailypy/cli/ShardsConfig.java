package dailypy.cli;

import dailypy.cli.config.ConfigException;
import dailypy.discord.ShardRange;

/**
 * {@code discord.shards}: the gateway shards of this process, {@code total} for the whole bot and
 * the {@code ids} this process runs, e.g. {@code "0-1"} or {@code "0,2"}; all of them when left out.
 */
public record ShardsConfig(Integer total, String ids) {
  public ShardsConfig {
    total = AppConfig.range("discord.shards.total", total, 1, 1, ShardRange.MAX_TOTAL);
  }

  /** The range; a wrong one is a config error naming the key. */
  public ShardRange shardRange() {
    try {
      return ShardRange.parse(total, ids);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("discord.shards.ids: " + e.getMessage());
    }
  }
}
