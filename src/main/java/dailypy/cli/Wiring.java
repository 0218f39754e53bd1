package dailypy.cli;

import dailypy.cli.config.ConfigException;
import dailypy.discord.BankGrader;
import dailypy.discord.BankQuestions;
import dailypy.discord.DiscordBot;
import dailypy.discord.DiscordOptions;
import dailypy.discord.StoreProgress;
import dailypy.grading.Grader;
import dailypy.grading.RunnerGrader;
import dailypy.progress.ProgressStore;
import dailypy.questions.QuestionBank;
import dailypy.questions.QuestionLoader;
import dailypy.runner.Runner;
import dailypy.runner.graal.GraalRunner;
import dailypy.runner.graal.PoolConfig;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
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
    return PoolConfig.defaults().withWorkers(r.workers()).withHeapMb(r.heapMb()).withQueueCapacity(r.queueCapacity());
  }

  /** Starts the first configured backend that this build provides. */
  static Runner runner(AppConfig.Runner r) {
    for (String backend : r.backends()) {
      if (backend.equals("graalpy")) {
        return GraalRunner.start(poolConfig(r));
      }
    }
    throw new ConfigException("runner.backends " + r.backends()
        + ": this build can only start the graalpy backend; add graalpy to the list");
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
        d.schedulerInterval());
  }

  /** Everything the bot runs on; closing stops the bot first so in-flight gradings are saved. */
  public static final class Running implements AutoCloseable {
    private final DiscordBot bot;
    private final ProgressStore store;
    private final Runner runner;
    private final AtomicBoolean closed = new AtomicBoolean();

    Running(DiscordBot bot, ProgressStore store, Runner runner) {
      this.bot = bot;
      this.store = store;
      this.runner = runner;
    }

    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        bot.close();
        store.close();
        runner.close();
      }
    }
  }

  /** Builds the services and starts the bot; the token is the caller's (from DISCORD_TOKEN). */
  public static Running startBot(AppConfig config, String token) throws InterruptedException {
    Clock clock = Clock.systemUTC();
    QuestionBank bank = bank(config.questions());
    Runner runner = runner(config.runner());
    ProgressStore store = null;
    try {
      Grader grader = new RunnerGrader(runner);
      store = ProgressStore.open(Path.of(config.progress().database()), clock);
      DiscordBot bot = DiscordBot.start(token, discordOptions(config.discord()),
          new BankQuestions(bank, grader, new SecureRandom()), new BankGrader(bank, grader),
          new StoreProgress(store), clock);
      return new Running(bot, store, runner);
    } catch (RuntimeException | InterruptedException e) {
      if (store != null) {
        store.close();
      }
      runner.close();
      throw e;
    }
  }
}
