package dailypy.discord;

import dailypy.app.App;
import dailypy.cli.BotLifetime;
import dailypy.discord.support.InMemoryProgress;
import dailypy.discord.support.MarkerGrader;
import dailypy.discord.support.SampleQuestions;
import dailypy.grading.Grader;
import dailypy.progress.DailyPost;
import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import dailypy.questions.Question;
import dailypy.runner.RunResult;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * The bot as its own process for {@link BotStopProcessTest}: the real JDA client and the bot's
 * real stop ({@link BotLifetime}), with a grader that takes its time and the in-memory store.
 * It prints "ready &lt;thread id&gt;" once today's question and its thread are recorded, and
 * "grading" as each grading starts, so the test knows when gradings are in flight.
 *
 * <p>Arguments: REST URL, gateway URL, guild id, channel id, shutdown grace in ms, grading time in
 * ms.
 */
public final class StoppableBotMain {
  private StoppableBotMain() {}

  public static void main(String[] args) throws Exception {
    long guild = Long.parseUnsignedLong(args[2]);
    long channel = Long.parseUnsignedLong(args[3]);
    Duration grace = Duration.ofMillis(Long.parseLong(args[4]));
    long gradingMillis = Long.parseLong(args[5]);
    Clock clock = Clock.systemUTC();
    InMemoryProgress progress = new InMemoryProgress(clock);
    progress.saveSettings(new GuildSettings(guild, channel, Set.of(Level.BASIC), LocalTime.MIDNIGHT, ZoneId.of("UTC"),
        null, true, false));
    DiscordOptions options = new DiscordOptions(args[0], args[1], true, 2, Duration.ZERO, Duration.ofHours(1),
        grace, Duration.ofHours(1), ShardRange.SINGLE, 0);
    DiscordBot bot = DiscordBot.start("fake-token-not-secret", options,
        new App(new SampleQuestions(), new SlowGrader(gradingMillis), progress, clock));
    System.out.println("ready " + Long.toUnsignedString(awaitThread(progress, guild, LocalDate.now(clock))));
    System.exit(BotLifetime.runUntilStopped(bot));
  }

  private static long awaitThread(InMemoryProgress progress, long guild, LocalDate day) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      Optional<DailyPost> post = progress.dailyPost(guild, Level.BASIC, day);
      if (post.isPresent() && post.get().posted() && post.get().threadId() != null) {
        return post.get().threadId();
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("today's question was not posted");
  }

  /** The marker grader's verdicts, after {@code millis} of (interruptible) work. */
  private static final class SlowGrader implements Grader {
    private final long millis;
    private final MarkerGrader verdicts = new MarkerGrader();

    SlowGrader(long millis) {
      this.millis = millis;
    }

    @Override
    public RunResult grade(Question question, String answer) {
      System.out.println("grading");
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("grading interrupted");
      }
      return verdicts.grade(question, answer);
    }

    @Override
    public Gradability gradability(Question question) {
      return Gradability.YES;
    }
  }
}
