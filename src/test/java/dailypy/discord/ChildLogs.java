package dailypy.discord;

import dailypy.discord.fake.FakeDiscord;
import dailypy.runner.ChildEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Child processes (bots, graders) that log to {@code <name>.log} files in one folder: a bot
 * started from the real command line on a fake Discord, and waits that fail with the tail of
 * every log, which is where the cause is.
 */
final class ChildLogs {
  private static final int TAIL_LINES = 30;

  private ChildLogs() {}

  /** Polls {@code done} every {@code pollMillis} until it holds; fails after {@code waitMillis}. */
  static void await(Path dir, long waitMillis, long pollMillis, String what, BooleanSupplier done)
      throws Exception {
    long deadline = System.currentTimeMillis() + waitMillis;
    while (!done.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("timed out waiting for " + what + tails(dir));
      }
      Thread.sleep(pollMillis);
    }
  }

  /**
   * Starts {@code tutor bot} as shards {@code shardIds} of 2 on the fake Discord, with the
   * grading queue on {@code database}; {@code discordExtra} adds lines to its {@code discord:}
   * section. It logs to {@code <name>.log} in {@code dir}.
   */
  static Process startBot(Path dir, String name, FakeDiscord discord, String database,
      String shardIds, List<String> jvmOptions, String discordExtra) throws Exception {
    Path config = dir.resolve(name + ".yaml");
    Files.writeString(config, """
        discord:
          rest_url: %s
          gateway_url: %s
          scheduler_interval_seconds: 1
          posts_per_second: 50
          shards:
            total: 2
            ids: "%s"
        %s
        progress:
          database: %s
          grading_queue: true
        """.formatted(discord.restBaseUrl(), discord.gatewayUrl(), shardIds,
        discordExtra.indent(2).stripTrailing(), database), StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dailypy.cli.Main", "bot",
        "-c", config.toString()));
    ProcessBuilder pb = ChildEnvironment.clean(new ProcessBuilder(command));
    pb.environment().put("DISCORD_TOKEN", "fake-token-not-secret");
    pb.redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
    return pb.start();
  }

  private static String tails(Path dir) throws Exception {
    StringBuilder logs = new StringBuilder();
    try (var files = Files.list(dir)) {
      for (Path log : files.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
        List<String> lines = Files.readAllLines(log);
        logs.append("\n--- ").append(log.getFileName()).append('\n').append(String.join("\n",
            lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size())));
      }
    }
    return logs.toString();
  }
}
