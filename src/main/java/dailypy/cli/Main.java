package dailypy.cli;

import ch.qos.logback.classic.Level;
import dailypy.cli.config.ConfigException;
import dailypy.progress.ProgressStoreException;
import java.io.PrintWriter;
import java.util.List;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: every feature of the tutor is a subcommand registered here. */
@Command(
    name = "tutor",
    mixinStandardHelpOptions = true,
    version = "Daily Python Tutor 0.1.0",
    description = "Daily Python interview questions, graded in a sandbox.",
    subcommands = {
      CommandLine.HelpCommand.class,
      BotCommand.class,
      BackupCommand.class,
      BenchStoreCommand.class,
      ForgetMeCommand.class,
      BenchCommand.class,
      RunTestsCommand.class,
      QuestionsCommand.class,
      GradeCommand.class,
      PracticeCommand.class,
      GraderCommand.class,
      BenchQueueCommand.class,
    })
public final class Main implements Runnable {

  /** The long-running modes, whose INFO lines (started, connected, backends) an operator wants. */
  private static final List<String> SERVICES = List.of("bot", "bench", "bench-store");

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line without exiting, so tests can call it. With no command it starts the
   * bot when DISCORD_TOKEN is set, and otherwise practice mode, so a newcomer can try the tutor
   * without a token.
   */
  public static int run(String... args) {
    CommandLine cli = commandLine();
    if (args.length == 0) {
      String token = System.getenv("DISCORD_TOKEN");
      if (token != null && !token.isBlank()) {
        return cli.execute("bot");
      }
      System.err.println("No DISCORD_TOKEN set: starting practice mode. (`tutor --help` lists every command.)");
      quietLogs();
      return cli.execute("practice");
    }
    if (!SERVICES.contains(args[0])) {
      quietLogs();
    }
    return cli.execute(args);
  }

  /**
   * The command line with the tutor's error handling: a bad option is one line and a pointer to
   * {@code --help}; a bad file, config or database is one line naming it; anything else is one
   * line with a reference (see {@link UnexpectedFailure}). Never a stack trace.
   */
  static CommandLine commandLine() {
    return configure(new CommandLine(new Main()));
  }

  /** Adds the tutor's error handling and help style to a command line (tests use it too). */
  static CommandLine configure(CommandLine cli) {
    showDefaults(cli);
    cli.setParameterExceptionHandler(Main::badArguments);
    cli.setExecutionExceptionHandler((e, command, parsed) -> failed(e, command));
    return cli;
  }

  /** Every command's {@code --help} shows each option's default. */
  private static void showDefaults(CommandLine command) {
    command.getCommandSpec().usageMessage().showDefaultValues(true);
    command.getSubcommands().values().forEach(Main::showDefaults);
  }

  private static int badArguments(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static int failed(Exception e, CommandLine command) {
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    int code;
    switch (e) {
      case BadInputException bad -> {
        err.println(name + ": " + bad.getMessage());
        code = BadInputException.EXIT_CODE;
      }
      case ConfigException config -> {
        err.println(name + ": " + config.getMessage());
        code = BadInputException.EXIT_CODE;
      }
      case ProgressStoreException store -> {
        err.println(name + ": " + store.getMessage());
        code = 1;
      }
      default -> {
        err.println(UnexpectedFailure.report(name.replaceFirst("^tutor ", ""), e));
        code = UnexpectedFailure.EXIT_CODE;
      }
    }
    err.flush();
    return code;
  }

  /**
   * Commands show only warnings and errors: start-up lines of the runner would bury their
   * output. LOG_LEVEL still wins.
   */
  static void quietLogs() {
    if (System.getenv("LOG_LEVEL") == null
        && LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(Level.WARN);
    }
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
