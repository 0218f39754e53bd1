package dailypy.cli;

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

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line without exiting, so tests can call it. With no command it starts the
   * bot when DISCORD_TOKEN is set, and otherwise practice mode, so a newcomer can try the tutor
   * without a token.
   */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    if (args.length == 0) {
      String token = System.getenv("DISCORD_TOKEN");
      if (token != null && !token.isBlank()) {
        return cli.execute("bot");
      }
      System.err.println("No DISCORD_TOKEN set: starting practice mode. (`tutor --help` lists every command.)");
      return cli.execute("practice");
    }
    return cli.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
