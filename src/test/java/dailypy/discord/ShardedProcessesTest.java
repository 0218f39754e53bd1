package dailypy.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.discord.fake.FakeDiscord;
import dailypy.discord.fake.FakeDiscord.FakeGuild;
import dailypy.discord.fake.RecordedCall;
import dailypy.progress.DailyPost;
import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import dailypy.progress.ProgressStore;
import dailypy.testing.MutableClock;
import dailypy.testing.TestPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bot processes ({@code tutor bot}, shards 0 and 1 of 2) share one PostgreSQL and the fake
 * Discord's 1,000 guilds. In the middle of the day's fan-out one is killed with SIGKILL and started
 * again: every guild still gets exactly one daily post, and a command in a guild of either shard is
 * answered once.
 */
class ShardedProcessesTest {
  private static final int GUILDS = 1000;
  private static final long WAIT_MS = 120_000;

  @TempDir
  Path dir;

  /** A bot process started from the real command line with its own config file. */
  private Process bot(FakeDiscord discord, String database, String shardIds, String name)
      throws Exception {
    return ChildLogs.startBot(dir, name, discord, database, shardIds, List.of(), "");
  }

  /** The daily posts sent so far, counted per channel: an embed of its own, not a reply. */
  private static Map<Long, Long> posts(FakeDiscord discord, Predicate<Long> channel) {
    return discord.calls().stream()
        .filter(c -> c.is("POST", "channels/\\d+/messages") && c.body() != null
            && c.body().path("embeds").size() > 0 && !c.body().has("message_reference"))
        .map(ShardedProcessesTest::channelOf)
        .filter(channel)
        .collect(Collectors.groupingBy(ch -> ch, Collectors.counting()));
  }

  private static long channelOf(RecordedCall c) {
    return Long.parseUnsignedLong(c.path().split("/")[1]);
  }

  private void await(String what, java.util.function.BooleanSupplier done) throws Exception {
    ChildLogs.await(dir, WAIT_MS, 100, what, done);
  }


  @Test
  void aBotProcessKilledMidFanOutLeavesNoGuildWithoutAPostOrWithTwo() throws Exception {
    String database = TestPostgres.get().newDatabase();
    // Local noon or so in every guild, far from midnight, so the whole test falls on one day.
    ZoneOffset zone = ZoneOffset.ofHours(Math.max(-12, Math.min(14, 12 - Instant.now().atOffset(ZoneOffset.UTC)
        .getHour())));
    LocalDate today = LocalDate.now(zone);
    ShardRange shard0 = ShardRange.parse(2, "0");
    try (FakeDiscord discord = new FakeDiscord()) {
      discord.maxConcurrency(2);
      discord.addGuilds(GUILDS - 1);
      List<FakeGuild> guilds = discord.guilds();
      Map<Long, FakeGuild> byChannel = guilds.stream()
          .collect(Collectors.toMap(FakeGuild::channelId, g -> g));
      ProgressStore store = ProgressStore.open(database, new MutableClock(Instant.now()));
      for (FakeGuild g : guilds) {
        store.guilds().save(new GuildSettings(g.id(), g.channelId(), Set.of(Level.BASIC), LocalTime.MIDNIGHT,
            zone, null, false, false));
      }
      Predicate<Long> ofShard0 = ch -> shard0.owns(byChannel.get(ch).id());
      long shard0Guilds = guilds.stream().filter(g -> shard0.owns(g.id())).count();
      Process a = bot(discord, database, "0", "bot-a");
      Process b = bot(discord, database, "1", "bot-b");
      try {
        await("bot a's fan-out to be under way", () -> posts(discord, ofShard0).size() >= 100);
        a.destroyForcibly();
        assertThat(a.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int postedBeforeKill = posts(discord, ofShard0).size();
        assertThat(postedBeforeKill).as("killed in the middle").isLessThan((int) shard0Guilds);
        a = bot(discord, database, "0", "bot-a-again");
        await("every guild's post", () -> posts(discord, ch -> true).size() == GUILDS);
        Process restarted = a;
        await("both processes' posts recorded", () -> guilds.stream().allMatch(g ->
            store.posts().find(g.id(), Level.BASIC, today).filter(DailyPost::posted).isPresent()));
        // a few more scheduler checks of both processes (one a second) find nothing due
        Thread.sleep(3000);
        assertThat(restarted.isAlive() && b.isAlive()).as("both bots still run").isTrue();
        // a command in a guild of each shard is answered once, by the process of its shard
        for (FakeGuild g : List.of(guilds.stream().filter(x -> shard0.owns(x.id())).findFirst().orElseThrow(),
            guilds.stream().filter(x -> !shard0.owns(x.id())).findFirst().orElseThrow())) {
          int mark = discord.mark();
          long interaction = discord.slashCommand(discord.alice, g.channelId(), "streak");
          discord.awaitCallback(mark, interaction, java.time.Duration.ofSeconds(10));
          Thread.sleep(500);
          assertThat(discord.callsSince(mark)).as("answers to the command in guild %d", g.id())
              .filteredOn(c -> c.path().startsWith("interactions/" + Long.toUnsignedString(interaction)))
              .hasSize(1);
        }
      } finally {
        store.close();
        a.destroyForcibly();
        b.destroyForcibly();
        a.waitFor(30, TimeUnit.SECONDS);
        b.waitFor(30, TimeUnit.SECONDS);
      }
      Map<Long, Long> posted = posts(discord, ch -> true);
      assertThat(posted).hasSize(GUILDS);
      assertThat(posted.entrySet()).as("guilds posted more than once").allMatch(e -> e.getValue() == 1);
    }
  }
}
