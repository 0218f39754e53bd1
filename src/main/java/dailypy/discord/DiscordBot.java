package dailypy.discord;

import dailypy.app.App;
import dailypy.discord.answers.AnswerMessages;
import dailypy.discord.answers.EditRegrades;
import dailypy.discord.answers.GradeThisCommand;
import dailypy.discord.answers.GradingFlow;
import dailypy.discord.answers.GradingQueue;
import dailypy.discord.answers.MissedAnswers;
import dailypy.discord.answers.QuestionLocator;
import dailypy.discord.answers.QuizButton;
import dailypy.discord.answers.SubmitModal;
import dailypy.discord.commands.ExplainCommand;
import dailypy.discord.commands.ForgetButton;
import dailypy.discord.commands.ForgetMeCommand;
import dailypy.discord.commands.HintCommand;
import dailypy.discord.commands.LeaderboardCommand;
import dailypy.discord.commands.ProfileCommand;
import dailypy.discord.commands.QuestionCommand;
import dailypy.discord.commands.RevealButton;
import dailypy.discord.commands.SetupCommand;
import dailypy.discord.commands.StreakCommand;
import dailypy.discord.commands.SubmitCommand;
import dailypy.discord.daily.DailyPoster;
import dailypy.discord.daily.DailyScheduler;
import dailypy.discord.interactions.InteractionRegistry;
import dailypy.discord.render.ErrorReference;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts JDA with the tutor's handlers and runs the daily scheduler. The token is handed in by the
 * caller (from DISCORD_TOKEN) and never logged. The gateway runs as JDA's shard manager over this
 * process's {@link ShardRange} (one shard of one by default); every process of a sharded bot runs
 * the same handlers and posts the daily questions of its own shards' guilds.
 */
public final class DiscordBot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

  /** How long a stop waits for Discord to answer the last results before it disconnects anyway. */
  private static final Duration SEND_WAIT = Duration.ofSeconds(15);
  /** How long a stop waits for JDA to disconnect (a daily post in progress: DailyScheduler). */
  private static final Duration DISCONNECT_WAIT = Duration.ofSeconds(10);

  private final ShardManager shards;
  private final GradingQueue queue;
  private final GradingFlow flow;
  private final DailyPoster poster;
  private final DailyScheduler scheduler;
  private final EditRegrades edits;
  private final MissedAnswers missed;
  private final Duration shutdownGrace;
  private final AtomicBoolean stopped = new AtomicBoolean();

  private DiscordBot(ShardManager shards, GradingQueue queue, GradingFlow flow, DailyPoster poster,
      DailyScheduler scheduler, EditRegrades edits, MissedAnswers missed, Duration shutdownGrace) {
    this.shards = shards;
    this.queue = queue;
    this.flow = flow;
    this.poster = poster;
    this.scheduler = scheduler;
    this.edits = edits;
    this.missed = missed;
    this.shutdownGrace = shutdownGrace;
  }

  /** Logs in, registers the commands, posts anything due today and starts the scheduler. */
  public static DiscordBot start(String token, DiscordOptions options, App app) throws InterruptedException {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("DISCORD_TOKEN is not set");
    }
    // Echoed code must never ping anyone: no mention type is allowed unless a message asks for it.
    MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    MessageRequest.setDefaultMentionRepliedUser(false);

    GradingQueue queue = new GradingQueue(options.gradingThreads(), options.cooldown(), app.clock());
    QuestionLocator locator = new QuestionLocator(app);
    GradingFlow flow = new GradingFlow(app.answering(), queue, options.progressAfter());
    SetupCommand setup = new SetupCommand(app);
    EditRegrades edits = new EditRegrades(flow);
    InteractionRegistry interactions = interactions(app, options, locator, flow, setup);
    AnswerMessages answers = new AnswerMessages(app.progress(), options.messageContent(), locator, flow, edits);
    // answers posted while a shard was away are read back when its session starts
    MissedAnswers missed = new MissedAnswers(app, answers, options.postRate());
    TutorListener listener = new TutorListener(answers, missed, interactions);

    EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES);
    if (options.messageContent()) {
      intents.add(GatewayIntent.MESSAGE_CONTENT);
    }
    ShardManager shards = connect(token, options, intents, listener);
    try {
      awaitReady(shards, options.shards().ids().size());
    } catch (RuntimeException | InterruptedException e) {
      shards.shutdown();
      missed.close();
      edits.close();
      queue.shutdown(Duration.ZERO);
      throw e;
    }
    // Commands are global to the application: any one shard registers them, and every process
    // registering the same list is harmless (Discord replaces it with an equal one).
    shards.getShards().getFirst().updateCommands().addCommands(interactions.commandData()).queue(
        ok -> LOG.info("registered {} commands", ok.size()),
        e -> ErrorReference.report("registering commands", e));

    DailyPoster poster = new DailyPoster(app, options.messageContent(), shards, options.shards(),
        options.postRate());
    setup.attach(poster);
    // Daily posts wait until the runner can grade: the first answers must not wait for a cold
    // start. The first check runs at once then, so a bot that was down at post time posts on
    // its return.
    DailyScheduler scheduler = DailyScheduler.start(app.grader().ready(), poster::tick,
        options.schedulerInterval());
    LOG.info("bot connected as {} on shard(s) {} in {} guild(s); reply grading {}",
        shards.getShards().getFirst().getSelfUser().getName(), options.shards(), shards.getGuilds().size(),
        options.messageContent() ? "on" : "off (no MESSAGE_CONTENT intent)");
    app.grader().ready().thenRun(() -> LOG.info("bot ready: the grader is warm"));
    return new DiscordBot(shards, queue, flow, poster, scheduler, edits, missed, options.shutdownGrace());
  }

  /**
   * Waits until every shard of this process is built and ready. The shard manager builds them one
   * by one in the background (Discord lets a bot identify once per 5 s per concurrency bucket), so
   * the wait is bounded by that pace plus a minute.
   */
  private static void awaitReady(ShardManager shards, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60 + 6L * expected).toNanos();
    while (shards.getShardCache().size() < expected) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("only " + shards.getShardCache().size() + " of " + expected
            + " shard(s) started; is the gateway reachable?");
      }
      Thread.sleep(50);
    }
    for (JDA shard : shards.getShards()) {
      shard.awaitReady();
    }
  }

  /** Logs this process's shards in; they connect in the background (awaited by the caller). */
  private static ShardManager connect(String token, DiscordOptions options, EnumSet<GatewayIntent> intents,
      TutorListener listener) {
    String gateway = options.gatewayUrl();
    return DefaultShardManagerBuilder.createLight(token, intents)
        .setShardsTotal(options.shards().total())
        .setShards(options.shards().idList())
        .disableCache(EnumSet.allOf(CacheFlag.class))
        .setRestConfig(new RestConfig().setBaseUrl(options.restBaseUrl()))
        // identifies in parallel as far as Discord's max_concurrency allows, else one per 5 s
        .setSessionController(new ConcurrentSessionController() {
          @Override
          public String getGateway() {
            return gateway;
          }
        })
        .setCompression(Compression.NONE)
        // the bot stops itself (close): JDA's own hook would disconnect at once and drop the
        // results of gradings still in flight
        .setEnableShutdownHook(false)
        .addEventListeners(listener)
        .build();
  }

  /** Every command, button and form the bot answers: one class each. */
  private static InteractionRegistry interactions(App app, DiscordOptions options, QuestionLocator locator,
      GradingFlow flow, SetupCommand setup) {
    return new InteractionRegistry(
        List.of(new SubmitCommand(app.questions()), new HintCommand(app, locator), new ExplainCommand(app, locator),
            new QuestionCommand(app.questions(), options.messageContent()), new StreakCommand(app.progress()),
            new LeaderboardCommand(app.progress()), new ProfileCommand(app.progress()), new ForgetMeCommand(),
            setup),
        List.of(new GradeThisCommand(locator, flow)),
        List.of(new QuizButton(app), new RevealButton(app), new ForgetButton(app.progress())),
        List.of(new SubmitModal(app, locator, flow)));
  }

  /** This process's gateway shards, for their status (health and metrics). */
  public ShardManager shards() {
    return shards;
  }

  /** Gradings accepted and not yet finished (for health checks and a graceful stop). */
  public int gradingsInFlight() {
    return queue.waiting();
  }

  /** Edited answers waiting for their author's cooldown or previous grading to end. */
  public int editsWaiting() {
    return edits.waiting();
  }

  /** Runs one scheduler check now (also used by operators' "post now" and by tests). */
  public void tick() {
    poster.tick();
  }

  /**
   * The clean stop (idempotent): takes no new work, waits (up to the shutdown grace) for the
   * gradings in flight, sends every result, asks the users of gradings still unfinished to send
   * their answer again, waits for Discord to answer those messages, then disconnects. A second
   * caller waits for the stop under way.
   */
  @Override
  public synchronized void close() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    // a post in progress is finished (not interrupted), so it is recorded and never repeated
    scheduler.close();
    missed.close();
    try {
      // edits still waiting for a cooldown are told to edit again later
      edits.close();
      GradingFlow.Stopped s = flow.stop(shutdownGrace, SEND_WAIT);
      LOG.info("stopping: {} grading(s) in flight answered, {} told to send again{}", s.delivered(),
          s.toldToResend(), s.allSent() ? "" : "; Discord did not confirm every message in " + SEND_WAIT.toSeconds()
              + " s");
      // JDA's shutdown still completes the requests already queued
      List<JDA> running = shards.getShards();
      shards.shutdown();
      long deadline = System.nanoTime() + DISCONNECT_WAIT.toNanos();
      for (JDA shard : running) {
        if (!shard.awaitShutdown(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
          shard.shutdownNow();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      shards.getShards().forEach(JDA::shutdownNow);
    }
  }
}
