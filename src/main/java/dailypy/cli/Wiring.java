package dailypy.cli;

import dailypy.app.App;
import dailypy.app.BankQuestions;
import dailypy.app.StoreProgress;
import dailypy.cli.config.ConfigException;
import dailypy.discord.DiscordBot;
import dailypy.discord.ShardMetrics;
import dailypy.farm.FarmMetrics;
import dailypy.metrics.MetricsEndpoint;
import dailypy.metrics.TimedGrader;
import dailypy.discord.DiscordOptions;
import dailypy.farm.QueuedGrader;
import dailypy.grading.Grader;
import dailypy.grading.RunnerGrader;
import dailypy.progress.GradingJobs;
import dailypy.progress.ProgressStore;
import dailypy.progress.StoreUrl;
import dailypy.questions.QuestionBank;
import dailypy.questions.QuestionLoader;
import dailypy.runner.LazyRunner;
import dailypy.runner.RoutingRunner;
import dailypy.runner.Runner;
import dailypy.runner.cpython.CPythonRunner;
import dailypy.runner.cpython.SandboxUnavailableException;
import dailypy.runner.graal.GraalRunner;
import dailypy.runner.graal.PoolConfig;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that builds the services from the app config and hands them to the front ends:
 * runner pool → question bank → grader → progress store → bot. No DI framework: plain
 * constructors, in dependency order, closed in reverse.
 */
public final class Wiring {
  private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);

  private Wiring() {}

  /** The pool settings from {@code runner:}. */
  static PoolConfig poolConfig(AppConfig.Runner r) {
    return PoolConfig.defaults().withWorkers(r.workers()).withHeapMb(r.heapMb()).withQueueCapacity(r.queueCapacity())
        .withSandbox(r.graalpy().sandboxMode());
  }

  /**
   * Starts the configured backends in their order behind one router. A CPython backend that
   * refuses to start (no python3, or bubblewrap cannot sandbox) is left out with its reason,
   * which users see for the questions only it could grade; the embedded one must start.
   *
   * <p>The embedded GraalPy pool starts with the runner only when it is the first backend that
   * started. Behind a started CPython backend no grading reaches it: a request goes to the first
   * backend that imports all it requires, and CPython imports the standard library, which is
   * all GraalPy has. There it starts only if something asks for it directly (questions validate
   * proves on every backend), and {@link Runner#ready()} is CPython's: the backend every
   * gradable question goes to. That saves the pool's two worker JVMs (about 830 MiB).
   *
   * @param wanted the packages the questions need, probed on the CPython backend at start
   */
  static RoutingRunner runner(AppConfig.Runner r, Collection<String> wanted) {
    List<Runner> started = new ArrayList<>();
    Map<String, String> unavailable = new LinkedHashMap<>();
    try {
      for (String backend : r.backends()) {
        switch (backend) {
          case "graalpy" -> started.add(graalpyAfter(started, () -> GraalRunner.start(poolConfig(r))));
          case "cpython" -> startCpython(r, wanted, started, unavailable);
          default -> throw new ConfigException("runner.backends: unknown backend '" + backend + "'");
        }
      }
    } catch (RuntimeException e) {
      started.forEach(Runner::close);
      throw e;
    }
    if (started.isEmpty()) {
      throw new ConfigException("runner.backends " + r.backends() + ": no backend could start: "
          + String.join("; ", unavailable.values()));
    }
    for (Runner backend : started) {
      LOG.info("backend {}: {}", backend.name(), backend.packages().isEmpty() ? "standard library only"
          : "standard library and " + backend.packages());
    }
    return new RoutingRunner(started, unavailable);
  }

  /** The GraalPy backend after the backends already started: started now only if it is first. */
  static Runner graalpyAfter(List<Runner> before, java.util.function.Supplier<Runner> start) {
    return before.isEmpty() ? start.get() : new LazyRunner("graalpy", Map.of(), start);
  }

  /**
   * The runner of a one-shot command ({@code grade}, {@code run-tests}): host CPython first when
   * it is configured and bubblewrap can sandbox it (a fresh process per submission costs tens
   * of milliseconds), and the embedded GraalPy pool only when a grading needs it, started then.
   */
  static RoutingRunner oneShotRunner(AppConfig.Runner r, Collection<String> wanted) {
    List<Runner> order = new ArrayList<>();
    Map<String, String> unavailable = new LinkedHashMap<>();
    if (r.backends().contains("cpython")) {
      startCpython(r, wanted, order, unavailable);
    }
    if (r.backends().contains("graalpy")) {
      order.add(new LazyRunner("graalpy", Map.of(), () -> GraalRunner.start(poolConfig(r))));
    }
    if (order.isEmpty()) {
      throw new ConfigException("runner.backends " + r.backends() + ": no backend could start: "
          + String.join("; ", unavailable.values()));
    }
    return new RoutingRunner(order, unavailable);
  }

  private static void startCpython(AppConfig.Runner r, Collection<String> wanted, List<Runner> started,
      Map<String, String> unavailable) {
    try {
      started.add(CPythonRunner.start(r.cpython().toConfig(r.queueCapacity()), wanted).runner());
    } catch (SandboxUnavailableException e) {
      LOG.warn("cpython backend not started: {}", e.getMessage());
      unavailable.put("cpython", e.getMessage());
    }
  }

  /**
   * Logs the questions no backend can grade, grouped by reason; they are never scheduled and
   * users asking for them are told the same reason.
   */
  static void reportUngradable(QuestionBank bank, Grader grader) {
    Map<String, List<String>> byReason = new TreeMap<>();
    for (var q : bank.all()) {
      Grader.Gradability g = grader.gradability(q);
      if (!g.gradable()) {
        byReason.computeIfAbsent(g.reason(), k -> new ArrayList<>()).add(q.id());
      }
    }
    byReason.forEach((reason, ids) -> LOG.warn("{} question(s) left out of the schedule: {} ({})",
        ids.size(), reason, ids.size() <= 5 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 5)) + ", …"));
  }

  /** Every package some question of the bank needs. */
  static Set<String> requiredPackages(QuestionBank bank) {
    Set<String> wanted = new TreeSet<>();
    bank.all().forEach(q -> wanted.addAll(q.requires()));
    return wanted;
  }

  /** Loads the bank; questions with problems are left out and logged, an empty bank is an error. */
  static QuestionBank bank(AppConfig.Questions q) {
    QuestionLoader.Result loaded = QuestionLoader.load(Path.of(q.dir()));
    loaded.problems().stream().limit(20).forEach(p -> LOG.warn("question bank: {}:{} {}: {}",
        p.file(), p.line(), p.field(), p.message()));
    if (loaded.bank().size() == 0) {
      throw new ConfigException("questions.dir '" + q.dir() + "': no valid questions found ("
          + loaded.problems().size() + " problem(s); run `questions validate`)");
    }
    LOG.info("question bank: {} questions, {} left out with problems", loaded.bank().size(), loaded.problems().size());
    return loaded.bank();
  }

  static DiscordOptions discordOptions(AppConfig.Discord d) {
    return new DiscordOptions(d.restUrl(), d.gatewayUrl(), d.messageContent(), d.gradingThreads(), d.cooldown(),
        d.schedulerInterval(), d.shutdownGrace(), DiscordOptions.DEFAULT_PROGRESS_AFTER, d.shards().shardRange(),
        d.postRate());
  }

  /**
   * The application layer both front ends run on: the bank's questions, graded with the operator's
   * limits on {@code runner}, progress in {@code store}.
   */
  public static App app(QuestionBank bank, Runner runner, AppConfig.Runner limits, ProgressStore store, Clock clock) {
    return app(bank, new RunnerGrader(runner, limits.limits()), store, clock);
  }

  /** The application layer over any grader: the local one, or the farm's {@link QueuedGrader}. */
  static App app(QuestionBank bank, Grader grader, ProgressStore store, Clock clock) {
    return new App(new BankQuestions(bank, grader, new SecureRandom()), grader, new StoreProgress(store), clock);
  }

  /** How long a bot waits for the farm to grade one answer before telling the user it failed. */
  static final Duration FARM_TIMEOUT = Duration.ofMinutes(5);

  /** Everything the bot runs on; closing stops the bot first so in-flight gradings are saved. */
  public static final class Running implements AutoCloseable {
    private final DiscordBot bot;
    private final ProgressStore store;
    private final List<AutoCloseable> grading;
    private final AtomicBoolean closed = new AtomicBoolean();

    Running(DiscordBot bot, ProgressStore store, List<AutoCloseable> grading) {
      this.bot = bot;
      this.store = store;
      this.grading = grading;
    }

    /** Stops the bot cleanly, then the store and runner; a second caller waits for the first. */
    @Override
    public synchronized void close() {
      if (closed.compareAndSet(false, true)) {
        bot.close();
        store.close();
        closeAll(grading);
      }
    }
  }

  /** Builds the services and starts the bot; the token is the caller's (from DISCORD_TOKEN). */
  public static Running startBot(AppConfig config, String token) throws InterruptedException {
    return startBot(config, token, null);
  }

  /**
   * Starts the bot with its health and metrics on {@code metrics} (null for none): its shards'
   * gateway status, the answers being graded and their latency, and the queue's depth when the bot
   * grades on the farm. The endpoint is the caller's to close.
   */
  public static Running startBot(AppConfig config, String token, MetricsEndpoint metrics)
      throws InterruptedException {
    Clock clock = Clock.systemUTC();
    QuestionBank bank = bank(config.questions());
    List<AutoCloseable> grading = new ArrayList<>();
    ProgressStore store = null;
    try {
      Grader grader;
      if (config.progress().gradingQueue()) {
        // No local workers: answers become jobs for the `tutor grader` processes.
        GradingJobs jobs = GradingJobs.open(StoreUrl.parse(config.progress().database()));
        grading.add(jobs);
        if (metrics != null) {
          FarmMetrics.registerQueueDepth(jobs, metrics.registry());
        }
        QueuedGrader queued = new QueuedGrader(jobs, FARM_TIMEOUT);
        grading.addFirst(queued);
        grader = queued;
      } else {
        Runner runner = runner(config.runner(), requiredPackages(bank));
        grading.add(runner);
        grader = new RunnerGrader(runner, config.runner().limits());
      }
      if (metrics != null) {
        grader = new TimedGrader(grader, metrics.registry());
      }
      store = ProgressStore.open(config.progress().database(), clock);
      App app = app(bank, grader, store, clock);
      reportUngradable(bank, app.grader());
      DiscordOptions options = discordOptions(config.discord());
      DiscordBot bot = DiscordBot.start(token, options, app);
      if (metrics != null) {
        ShardMetrics shards = ShardMetrics.register(bot, options.shards(), metrics.registry());
        metrics.health(() -> app.grader().ready().isDone() ? shards.health()
            : new MetricsEndpoint.Health(false, "the grader is warming up"));
      }
      return new Running(bot, store, grading);
    } catch (RuntimeException | InterruptedException e) {
      if (store != null) {
        store.close();
      }
      closeAll(grading);
      throw e;
    }
  }

  private static void closeAll(List<AutoCloseable> closeables) {
    for (AutoCloseable c : closeables) {
      try {
        c.close();
      } catch (Exception e) {
        LOG.warn("closing {} failed", c, e);
      }
    }
  }
}
