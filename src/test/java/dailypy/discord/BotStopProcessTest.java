package dailypy.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.discord.fake.FakeDiscord;
import dailypy.discord.fake.RecordedCall;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot stopped by SIGTERM, as a service manager stops it: a real bot process
 * ({@link StoppableBotMain}) against the fake Discord, with gradings in flight when the signal
 * comes. Every one of them gets its reply, and the process exits with 0.
 */
class BotStopProcessTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String CORRECT = "def add(a, b):\n    return a + b\n";

  @TempDir
  Path dir;

  @Test
  void sigtermAnswersEveryGradingInFlightThenExitsZero() throws Exception {
    try (FakeDiscord discord = new FakeDiscord()) {
      Bot bot = Bot.start(discord, dir, 20_000, 2_000);
      try {
        long thread = bot.awaitReady();
        long alice = discord.userMessage(discord.alice, thread, "```python\n" + CORRECT + "```", null);
        long bob = discord.userMessage(discord.bob, thread, "```python\ndef add(a, b):\n    return a - b\n```", null);
        // two grading threads: the form's grading waits in line behind the two answers
        long form = discord.modalSubmit(discord.admin, discord.channelId, "submit:v1:add-two-numbers",
            Map.of("code", CORRECT));
        assertThat(discord.awaitCallback(0, form, WAIT).text("/type")).isEqualTo("5");
        bot.awaitGradings(2);

        int signal = discord.mark();
        assertThat(bot.sigtermAndWait()).as("exit code after SIGTERM; log:\n%s", bot.log()).isZero();

        List<RecordedCall> after = discord.callsSince(signal);
        assertThat(after).as("alice's result, after the signal").anyMatch(resultReplyTo(thread, alice, "Passed"));
        assertThat(after).as("bob's result, after the signal").anyMatch(resultReplyTo(thread, bob, "Failed"));
        assertThat(after).as("the form's result, after the signal")
            .anyMatch(c -> isOriginalEdit(c, form) && c.text("/embeds/0/description").contains("Passed"));
        assertThat(bot.log()).contains("SIGTERM received").contains("3 grading(s) in flight answered, 0 told");
      } finally {
        bot.kill();
      }
    }
  }

  @Test
  void pastTheGraceEveryUnfinishedGradingIsAskedToBeSentAgain() throws Exception {
    try (FakeDiscord discord = new FakeDiscord()) {
      Bot bot = Bot.start(discord, dir, 500, 120_000);
      try {
        long thread = bot.awaitReady();
        long alice = discord.userMessage(discord.alice, thread, "```python\n" + CORRECT + "```", null);
        long form = discord.modalSubmit(discord.bob, discord.channelId, "submit:v1:add-two-numbers",
            Map.of("code", CORRECT));
        assertThat(discord.awaitCallback(0, form, WAIT).text("/type")).isEqualTo("5");
        bot.awaitGradings(2);

        int signal = discord.mark();
        long started = System.nanoTime();
        assertThat(bot.sigtermAndWait()).as("exit code after SIGTERM; log:\n%s", bot.log()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the wait is bounded, not the grading's 2 min")
            .isLessThan(Duration.ofSeconds(60));

        List<RecordedCall> after = discord.callsSince(signal);
        assertThat(after).anyMatch(c -> c.is("POST", "channels/" + Long.toUnsignedString(thread) + "/messages")
            && c.text("/message_reference/message_id").equals(Long.toUnsignedString(alice))
            && c.text("/content").contains("send it again"));
        assertThat(after).anyMatch(c -> isOriginalEdit(c, form) && c.text("/content").contains("send it again"));
        assertThat(after).as("no result: the gradings were cut short")
            .noneMatch(c -> c.body() != null && c.body().path("embeds").size() > 0);
      } finally {
        bot.kill();
      }
    }
  }

  private static Predicate<RecordedCall> resultReplyTo(long channel, long answer, String verdict) {
    return c -> c.is("POST", "channels/" + Long.toUnsignedString(channel) + "/messages")
        && c.text("/message_reference/message_id").equals(Long.toUnsignedString(answer))
        && c.text("/embeds/0/description").contains(verdict);
  }

  private static boolean isOriginalEdit(RecordedCall c, long interaction) {
    return c.is("PATCH", "webhooks/\\d+/[^/]*" + Long.toUnsignedString(interaction) + "[^/]*/messages/@original");
  }

  /** The bot process: its stdout lines ("ready", "grading") in a queue, its log in a file. */
  private record Bot(Process process, BlockingQueue<String> lines, Path logFile) {
    static Bot start(FakeDiscord discord, Path dir, long graceMillis, long gradingMillis) throws IOException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      Path log = dir.resolve("bot.log");
      Process p = new ProcessBuilder(java, "-cp", classpath, StoppableBotMain.class.getName(), discord.restBaseUrl(),
          discord.gatewayUrl(), Long.toUnsignedString(discord.guildId), Long.toUnsignedString(discord.channelId),
          Long.toString(graceMillis), Long.toString(gradingMillis))
          .redirectError(log.toFile())
          .start();
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = r.readLine()) != null; ) {
            lines.add(line);
          }
        } catch (IOException e) {
          lines.add("stdout closed: " + e.getMessage());
        }
      }, "bot-stdout");
      reader.setDaemon(true);
      reader.start();
      return new Bot(p, lines, log);
    }

    /** The id of today's thread, once the bot has posted and recorded it. */
    long awaitReady() throws InterruptedException, IOException {
      String line = next(l -> l.startsWith("ready "));
      return Long.parseUnsignedLong(line.substring("ready ".length()));
    }

    void awaitGradings(int count) throws InterruptedException, IOException {
      for (int i = 0; i < count; i++) {
        next("grading"::equals);
      }
    }

    private String next(Predicate<String> match) throws InterruptedException, IOException {
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (System.nanoTime() < deadline) {
        String line = lines.poll(100, TimeUnit.MILLISECONDS);
        if (line != null && match.test(line)) {
          return line;
        }
        if (line == null && !process.isAlive()) {
          throw new AssertionError("the bot process ended with " + process.exitValue() + "; log:\n" + log());
        }
      }
      throw new AssertionError("the bot process printed no matching line; log:\n" + log());
    }

    /** Sends SIGTERM (what {@link Process#destroy} sends on Unix) and waits for the exit code. */
    int sigtermAndWait() throws InterruptedException, IOException {
      process.destroy();
      if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError("the bot did not exit within " + WAIT + "; log:\n" + log());
      }
      return process.exitValue();
    }

    String log() throws IOException {
      return Files.exists(logFile) ? Files.readString(logFile) : "";
    }

    void kill() {
      process.destroyForcibly();
    }
  }
}
