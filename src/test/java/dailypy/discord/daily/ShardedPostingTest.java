package dailypy.discord.daily;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.app.App;
import dailypy.app.StoreProgress;
import dailypy.discord.DiscordBot;
import dailypy.discord.DiscordOptions;
import dailypy.discord.ShardRange;
import dailypy.discord.fake.FakeDiscord;
import dailypy.discord.fake.FakeDiscord.FakeGuild;
import dailypy.discord.fake.RecordedCall;
import dailypy.discord.support.MarkerGrader;
import dailypy.discord.support.SampleQuestions;
import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import dailypy.progress.ProgressStore;
import dailypy.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sharded bot's daily fan-out against the fake Discord serving 1,000 guilds on two shards, with
 * one SQLite file shared by the bot instances as the processes of a sharded bot share their store:
 * each instance posts for its own shards' guilds only, every guild gets exactly one post a day
 * however the shards are split or moved, and pacing keeps the fan-out under the global limit.
 */
class ShardedPostingTest {
  private static final Instant NINE_THIRTY = Instant.parse("2026-11-23T09:30:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  @TempDir
  Path dir;

  private static DiscordOptions options(FakeDiscord discord, ShardRange shards, double postsPerSecond) {
    return new DiscordOptions(discord.restBaseUrl(), discord.gatewayUrl(), true, 1, Duration.ZERO, Duration.ofHours(1),
        DiscordOptions.DEFAULT_SHUTDOWN_GRACE, DiscordOptions.DEFAULT_PROGRESS_AFTER, shards, postsPerSecond);
  }

  private static DiscordBot start(FakeDiscord discord, ProgressStore store, MutableClock clock, ShardRange shards,
      double postsPerSecond) throws InterruptedException {
    return DiscordBot.start("fake-token", options(discord, shards, postsPerSecond),
        new App(new SampleQuestions(), new MarkerGrader(), new StoreProgress(store), clock));
  }

  private static void configure(ProgressStore store, List<FakeGuild> guilds) {
    StoreProgress progress = new StoreProgress(store);
    for (FakeGuild g : guilds) {
      progress.saveSettings(new GuildSettings(g.id(), g.channelId(), Set.of(Level.BASIC), LocalTime.of(9, 0),
          ZoneId.of("UTC"), null, false, false));
    }
  }

  /** Daily posts sent so far, counted per channel. */
  private static Map<Long, Long> postsPerChannel(FakeDiscord discord) {
    return discord.calls().stream()
        // a daily post is an embed of its own; the closing of the day before is a reply to one
        .filter(c -> c.is("POST", "channels/\\d+/messages") && c.body() != null
            && c.body().path("embeds").size() > 0 && !c.body().has("message_reference"))
        .collect(Collectors.groupingBy(ShardedPostingTest::channelOf, Collectors.counting()));
  }

  private static long channelOf(RecordedCall c) {
    return Long.parseUnsignedLong(c.path().split("/")[1]);
  }

  @Test
  void twoShardProcessesEachPostTheirOwnGuildsAndAMovedRangeNeverPostsTwice() throws Exception {
    MutableClock clock = new MutableClock(NINE_THIRTY);
    Path db = dir.resolve("shared.db");
    ShardRange first = ShardRange.parse(2, "0");
    ShardRange second = ShardRange.parse(2, "1");
    try (FakeDiscord discord = new FakeDiscord()) {
      discord.maxConcurrency(2);
      discord.addGuilds(999);
      List<FakeGuild> guilds = discord.guilds();
      Map<Long, FakeGuild> byChannel = guilds.stream().collect(Collectors.toMap(FakeGuild::channelId,
          Function.identity()));
      try (ProgressStore a = ProgressStore.open(db, clock); ProgressStore b = ProgressStore.open(db, clock)) {
        configure(a, guilds);
        try (DiscordBot shard0 = start(discord, a, clock, first, 1000)) {
          shard0.tick();
          Map<Long, Long> posted = postsPerChannel(discord);
          assertThat(posted.keySet()).as("shard 0 posts for its guilds only")
              .allMatch(ch -> first.owns(byChannel.get(ch).id()));
          assertThat(posted).hasSize((int) guilds.stream().filter(g -> first.owns(g.id())).count());

          try (DiscordBot shard1 = start(discord, b, clock, second, 1000)) {
            assertThat(discord.connectedShards()).containsExactly(0, 1);
            shard1.tick();
            shard0.tick(); // nothing is due twice
            assertThat(postsPerChannel(discord)).hasSize(1000).allSatisfy((ch, n) -> assertThat(n).isEqualTo(1));
          }
        }
        // the next day one process takes both shards (a moved range): every guild gets one post
        clock.advance(Duration.ofDays(1));
        try (DiscordBot both = start(discord, a, clock, ShardRange.all(2), 1000)) {
          both.tick();
          both.tick();
        }
        assertThat(postsPerChannel(discord)).hasSize(1000).allSatisfy((ch, n) -> assertThat(n).isEqualTo(2));
        StoreProgress progress = new StoreProgress(b);
        assertThat(guilds).allSatisfy(g -> {
          assertThat(progress.dailyPost(g.id(), Level.BASIC, DAY)).get().matches(p -> p.posted());
          assertThat(progress.dailyPost(g.id(), Level.BASIC, DAY.plusDays(1))).get().matches(p -> p.posted());
        });
      }
    }
  }

  @Test
  void aPacedFanOutStaysUnderDiscordsGlobalLimit() throws Exception {
    MutableClock clock = new MutableClock(NINE_THIRTY);
    try (FakeDiscord discord = new FakeDiscord()) {
      discord.addGuilds(149);
      discord.limitGlobalRequests(50);
      try (ProgressStore store = ProgressStore.open(dir.resolve("paced.db"), clock)) {
        configure(store, discord.guilds());
        // 0: the process's share of the fan-out budget (40 a second for one process of one shard)
        try (DiscordBot bot = start(discord, store, clock, ShardRange.SINGLE, 0)) {
          bot.tick();
        }
      }
      assertThat(postsPerChannel(discord)).hasSize(150);
      assertThat(discord.globalLimitHits()).as("requests refused by the global limit").isZero();
    }
  }
}
