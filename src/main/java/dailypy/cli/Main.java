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

  /** Runs the command line without exiting, so tests can call it. */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
