package dailypy.cli;

import dailypy.cli.config.ConfigException;
import dailypy.metrics.MetricsEndpoint;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bot}: runs the Discord bot until stopped (Ctrl-C or SIGTERM stop it gracefully). */
@Command(name = "bot", mixinStandardHelpOptions = true,
    description = "Run the Discord bot. The token comes from the DISCORD_TOKEN environment variable.")
public final class BotCommand implements Callable<Integer> {

  @Mixin
  ConfigFileOption config;

  @Mixin
  MetricsOptions metrics = new MetricsOptions();

  /** Where the token is read from; tests replace it. */
  java.util.function.Function<String, String> environment = System::getenv;

  @Override
  public Integer call() throws Exception {
    String token = environment.apply("DISCORD_TOKEN");
    if (token == null || token.isBlank()) {
      System.err.println("DISCORD_TOKEN is not set. Put the bot token in that environment variable.");
      return 2;
    }
    AppConfig appConfig;
    try {
      appConfig = config.load();
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    try (MetricsEndpoint endpoint = metrics.socket() == null ? null : new MetricsEndpoint(metrics.socket());
        Wiring.Running running = Wiring.startBot(appConfig, token, endpoint)) {
      return BotLifetime.runUntilStopped(running);
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      return 2;
    } catch (java.io.IOException e) {
      System.err.println("The metrics endpoint could not listen on " + metrics.where() + ": "
          + e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      // e.g. a database newer than this code, or Discord refusing the token: one line, no trace
      System.err.println("The bot could not start: " + e.getMessage());
      return 1;
    }
  }
}
