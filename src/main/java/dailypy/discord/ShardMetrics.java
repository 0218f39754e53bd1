package dailypy.discord;

import dailypy.metrics.MetricsEndpoint.Health;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * A bot process's gateway in metrics: per shard, whether it is connected
 * ({@code discord_shard_connected}) and its heartbeat round trip ({@code discord_shard_ping_ms});
 * the guilds this process serves; the gradings and edits waiting. Health is "every shard of this
 * process connected".
 */
public final class ShardMetrics {
  private final DiscordBot bot;
  private final ShardRange range;

  private ShardMetrics(DiscordBot bot, ShardRange range) {
    this.bot = bot;
    this.range = range;
  }

  /** Registers the bot's gauges; returns the health check for the endpoint. */
  public static ShardMetrics register(DiscordBot bot, ShardRange range, MeterRegistry registry) {
    ShardMetrics m = new ShardMetrics(bot, range);
    for (int id : range.ids()) {
      String shard = Integer.toString(id);
      Gauge.builder("discord_shard_connected", m, x -> x.status(id) == JDA.Status.CONNECTED ? 1 : 0)
          .description("1 when the shard's gateway session is connected")
          .tag("shard", shard).register(registry);
      Gauge.builder("discord_shard_ping_ms", m, x -> x.ping(id))
          .description("The shard's last gateway heartbeat round trip; -1 when not connected")
          .tag("shard", shard).register(registry);
    }
    Gauge.builder("discord_guilds", bot, b -> b.shards().getGuildCache().size())
        .description("Guilds served by this process's shards").register(registry);
    Gauge.builder("discord_gradings_waiting", bot, DiscordBot::gradingsInFlight)
        .description("Answers accepted and not yet answered").register(registry);
    Gauge.builder("discord_edits_waiting", bot, DiscordBot::editsWaiting)
        .description("Edited answers waiting for a cooldown").register(registry);
    return m;
  }

  private JDA.Status status(int id) {
    JDA shard = bot.shards().getShardById(id);
    return shard == null ? JDA.Status.SHUTDOWN : shard.getStatus();
  }

  private double ping(int id) {
    JDA shard = bot.shards().getShardById(id);
    return shard == null || shard.getStatus() != JDA.Status.CONNECTED ? -1 : shard.getGatewayPing();
  }

  /** Healthy when every shard of this process is connected; otherwise says which are not. */
  public Health health() {
    List<String> down = range.ids().stream()
        .filter(id -> status(id) != JDA.Status.CONNECTED)
        .map(id -> "shard " + id + " " + status(id))
        .toList();
    return down.isEmpty() ? Health.OK : new Health(false, String.join("; ", down));
  }
}
