package dailypy.discord;

import java.time.Duration;

/**
 * How the bot connects and behaves; read from the app config.
 *
 * @param restBaseUrl Discord's REST root, ending in {@code /api/v10/}
 * @param gatewayUrl the gateway WebSocket URL
 * @param messageContent whether the privileged MESSAGE_CONTENT intent is requested; without it
 *     reply-grading is off and only /submit and "Grade this" grade
 * @param gradingThreads how many gradings the bot hands to the runner at once
 * @param cooldown minimum time between two gradings of one user
 * @param schedulerInterval how often the daily scheduler checks the clock
 * @param shutdownGrace how long a stopping bot waits for gradings in flight before it asks their
 *     users to send the answer again
 * @param progressAfter how long a grading may run before its answer shows "Grading…"
 * @param shards the gateway shards this process runs (and whose guilds it posts for)
 * @param postsPerSecond the pace of the daily fan-out's requests from this process; 0 means this
 *     process's share ({@link ShardRange#share()}) of {@link #FAN_OUT_BUDGET}
 */
public record DiscordOptions(
    String restBaseUrl,
    String gatewayUrl,
    boolean messageContent,
    int gradingThreads,
    Duration cooldown,
    Duration schedulerInterval,
    Duration shutdownGrace,
    Duration progressAfter,
    ShardRange shards,
    double postsPerSecond) {

  public static final String DISCORD_REST = "https://discord.com/api/v10/";
  public static final String DISCORD_GATEWAY = "wss://gateway.discord.gg/";

  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(20);
  /** About when a wait starts to feel long; quicker gradings show only their result. */
  public static final Duration DEFAULT_PROGRESS_AFTER = Duration.ofSeconds(1);
  /**
   * Requests per second the whole bot spends on daily posts: Discord allows a bot 50 a second in
   * all (its global limit, shared by every process of the bot), and the rest is left for replies
   * and result messages. Interaction replies are outside the global limit.
   */
  public static final double FAN_OUT_BUDGET = 40;

  /** Options with the default shutdown grace and progress delay. */
  public DiscordOptions(String restBaseUrl, String gatewayUrl, boolean messageContent, int gradingThreads,
      Duration cooldown, Duration schedulerInterval) {
    this(restBaseUrl, gatewayUrl, messageContent, gradingThreads, cooldown, schedulerInterval,
        DEFAULT_SHUTDOWN_GRACE, DEFAULT_PROGRESS_AFTER, ShardRange.SINGLE, 0);
  }

  public DiscordOptions withProgressAfter(Duration after) {
    return new DiscordOptions(restBaseUrl, gatewayUrl, messageContent, gradingThreads, cooldown, schedulerInterval,
        shutdownGrace, after, shards, postsPerSecond);
  }

  /** The daily fan-out's pace in requests per second: the configured one, else this process's share. */
  public double postRate() {
    return postsPerSecond > 0 ? postsPerSecond : FAN_OUT_BUDGET * shards.share();
  }

  public DiscordOptions {
    if (!restBaseUrl.endsWith("/")) {
      restBaseUrl = restBaseUrl + "/";
    }
    if (gradingThreads < 1) {
      throw new IllegalArgumentException("grading threads must be at least 1");
    }
    if (shutdownGrace == null || shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("the shutdown grace must be zero or more");
    }
    if (progressAfter == null || progressAfter.isNegative()) {
      throw new IllegalArgumentException("the progress delay must be zero or more");
    }
    if (shards == null) {
      throw new IllegalArgumentException("the shard range is missing");
    }
    if (postsPerSecond < 0 || Double.isNaN(postsPerSecond)) {
      throw new IllegalArgumentException("posts per second must be zero (automatic) or more");
    }
  }

  public static DiscordOptions defaults() {
    return new DiscordOptions(DISCORD_REST, DISCORD_GATEWAY, true, 2, Duration.ofSeconds(5), Duration.ofSeconds(30),
        DEFAULT_SHUTDOWN_GRACE, DEFAULT_PROGRESS_AFTER, ShardRange.SINGLE, 0);
  }
}
