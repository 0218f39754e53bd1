package dailypy.cli;

import dailypy.questions.QuestionLoader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/**
 * What the {@code questions} subcommands that read the whole bank share: the {@code --questions}
 * option, where their report goes (stdout; a test sets its own stream) and loading the bank, whose
 * load problems each reports in its own way.
 */
abstract class BankSubcommand implements Callable<Integer> {

  @Option(names = "--questions", defaultValue = AppConfig.Questions.DEFAULT_DIR, description = "Bank folder.")
  Path dir;

  PrintStream out = System.out;

  /** Works on the loaded bank (what loads, with the problems of what does not); the exit code. */
  abstract int run(QuestionLoader.Result loaded) throws Exception;

  @Override
  public final Integer call() throws Exception {
    return run(QuestionLoader.load(dir));
  }
}
