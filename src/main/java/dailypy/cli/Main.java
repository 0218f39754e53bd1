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
    })
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line without exiting, so tests can call it. With no command it starts the
   * bot when DISCORD_TOKEN is set, and otherwise shows what a newcomer can try without a token.
   */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    String token = System.getenv("DISCORD_TOKEN");
    if (args.length == 0 && token != null && !token.isBlank()) {
      return cli.execute("bot");
    }
    return cli.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
    System.out.println();
    System.out.println("No DISCORD_TOKEN set, so the bot is not started. Without a token, try:");
    System.out.println("  target/tutor grade sum-of-list my_answer.py   grade a file like the bot");
    System.out.println("  target/tutor questions stats                  what the bank holds");
    System.out.println("  target/tutor run-tests SOLUTION.py TEST.py    run unittest in the sandbox");
  }
}
