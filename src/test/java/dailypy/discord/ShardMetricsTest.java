package dailypy.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.app.App;
import dailypy.app.StoreProgress;
import dailypy.discord.fake.FakeDiscord;
import dailypy.discord.support.MarkerGrader;
import dailypy.discord.support.SampleQuestions;
import dailypy.metrics.MetricsEndpoint;
import dailypy.progress.ProgressStore;
import dailypy.testing.MutableClock;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bot process's /metrics and /health: each of its shards' gateway status, before and after a stop. */
class ShardMetricsTest {
  @TempDir
  Path dir;

  private static HttpResponse<String> get(MetricsEndpoint endpoint, String path) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void eachShardOfTheProcessReportsItsGatewayAndHealthFollowsThem() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    ShardRange range = ShardRange.parse(3, "0,2");
    try (FakeDiscord discord = new FakeDiscord();
        ProgressStore store = ProgressStore.open(dir.resolve("m.db"), clock);
        MetricsEndpoint endpoint = new MetricsEndpoint(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      discord.maxConcurrency(3);
      discord.addGuilds(8);
      assertThat(get(endpoint, "/health").statusCode()).as("before the bot is up").isEqualTo(503);
      DiscordOptions options = new DiscordOptions(discord.restBaseUrl(), discord.gatewayUrl(), true, 1, Duration.ZERO,
          Duration.ofHours(1), DiscordOptions.DEFAULT_SHUTDOWN_GRACE, DiscordOptions.DEFAULT_PROGRESS_AFTER,
          range, 0);
      DiscordBot bot = DiscordBot.start("fake-token", options,
          new App(new SampleQuestions(), new MarkerGrader(), new StoreProgress(store), clock));
      try {
        ShardMetrics shards = ShardMetrics.register(bot, range, endpoint.registry());
        endpoint.health(shards::health);
        HttpResponse<String> metrics = get(endpoint, "/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
            .contains("discord_shard_connected{shard=\"0\"} 1.0")
            .contains("discord_shard_connected{shard=\"2\"} 1.0")
            .doesNotContain("shard=\"1\"")
            .contains("discord_gradings_waiting 0.0");
        long served = discord.guilds().stream().filter(g -> range.owns(g.id())).count();
        assertThat(metrics.body()).contains("discord_guilds " + served + ".0");
        assertThat(get(endpoint, "/health")).satisfies(h -> {
          assertThat(h.statusCode()).isEqualTo(200);
          assertThat(h.body()).isEqualTo("ok\n");
        });
      } finally {
        bot.close();
      }
      HttpResponse<String> after = get(endpoint, "/health");
      assertThat(after.statusCode()).isEqualTo(503);
      assertThat(after.body()).contains("shard 0").contains("shard 2");
      assertThat(get(endpoint, "/metrics").body()).contains("discord_shard_connected{shard=\"0\"} 0.0");
    }
  }
}
