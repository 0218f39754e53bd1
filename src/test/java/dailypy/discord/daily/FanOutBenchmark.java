package dailypy.discord.daily;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.app.App;
import dailypy.app.StoreProgress;
import dailypy.discord.DiscordBot;
import dailypy.discord.DiscordOptions;
import dailypy.discord.ShardRange;
import dailypy.discord.fake.FakeDiscord;
import dailypy.discord.fake.FakeDiscord.FakeGuild;
import dailypy.discord.support.MarkerGrader;
import dailypy.discord.support.SampleQuestions;
import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import dailypy.progress.ProgressStore;
import dailypy.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The daily fan-out benchmark of docs/benchmarks.md (not part of the suite: the class name does not
 * end in Test, and it runs for minutes). One bot process with four shards posts one question to
 * each of {@code fanout.guilds} guilds (default 10,000) on the fake Discord, which enforces the
 * global limit of 50 requests a second. Run:
 *
 * <pre>./mvnw -B test -Dtest=FanOutBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dfanout.rate=N]</pre>
 *
 * {@code fanout.rate} is the pace in requests per second; 0 (the default) is the bot's own pace.
 */
class FanOutBenchmark {
  @Test
  void dailyFanOutToManyGuildsUnderTheGlobalLimit() throws Exception {
    int guilds = Integer.getInteger("fanout.guilds", 10_000);
    double rate = Double.parseDouble(System.getProperty("fanout.rate", "0"));
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:30:00Z"));
    Path dir = Files.createTempDirectory("fanout");
    ShardRange shards = ShardRange.all(Math.max(1, (guilds + 2499) / 2500));
    try (FakeDiscord discord = new FakeDiscord();
        ProgressStore store = ProgressStore.open(dir.resolve("fanout.db"), clock)) {
      discord.maxConcurrency(shards.total());
      discord.addGuilds(guilds - 1);
      StoreProgress progress = new StoreProgress(store);
      for (FakeGuild g : discord.guilds()) {
        progress.saveSettings(new GuildSettings(g.id(), g.channelId(), Set.of(Level.BASIC), LocalTime.of(9, 0),
            ZoneId.of("UTC"), null, false, false));
      }
      discord.limitGlobalRequests(50);
      DiscordOptions options = new DiscordOptions(discord.restBaseUrl(), discord.gatewayUrl(), true, 1,
          Duration.ZERO, Duration.ofHours(1), DiscordOptions.DEFAULT_SHUTDOWN_GRACE,
          DiscordOptions.DEFAULT_PROGRESS_AFTER, shards, rate);
      long startNanos = System.nanoTime();
      try (DiscordBot bot = DiscordBot.start("fake-token", options,
          new App(new SampleQuestions(), new MarkerGrader(), progress, clock))) {
        long connected = System.nanoTime();
        int before = discord.mark();
        bot.tick();
        long done = System.nanoTime();
        long posts = discord.callsSince(before).stream().filter(c -> c.is("POST", "channels/\\d+/messages")).count();
        System.out.printf("FANOUT guilds=%d shards=%d pace=%.1f/s connect=%.1fs fanout=%.1fs posts=%d"
                + " rate=%.1f/s 429s=%d%n", guilds, shards.total(), options.postRate(),
            (connected - startNanos) / 1e9, (done - connected) / 1e9, posts, posts / ((done - connected) / 1e9),
            discord.globalLimitHits());
        assertThat(posts).isEqualTo(guilds);
      }
    }
  }
}
