package dailypy.cli;

import dailypy.cli.config.ConfigException;
import dailypy.progress.StoreUrl;
import dailypy.questions.QuestionBank;
import picocli.CommandLine.Mixin;

/**
 * The config option of the grading farm's commands ({@code grader}, {@code bench-queue}) and what
 * each of them reads first from that config: the store that holds the queue, and the bank whose
 * questions the jobs name.
 */
final class FarmConfig {

  @Mixin
  ConfigFileOption file;

  /** The farm's view of the config. */
  record Loaded(AppConfig app, StoreUrl store, QuestionBank bank) {}

  /**
   * Reads the config, its store URL and its bank. The queue lives only in PostgreSQL, so a file
   * store is refused before the bank is read (a wrong URL is the likelier mistake, and it is said
   * without the bank's log lines around it).
   *
   * @param command the command's name, for the message
   * @throws ConfigException or IllegalArgumentException (a malformed store URL): the message is
   *     the whole explanation, for the operator's terminal
   */
  Loaded load(String command) {
    AppConfig app = file.load();
    StoreUrl store = StoreUrl.parse(app.progress().database());
    if (store.file() != null) {
      throw new ConfigException("tutor " + command + " needs progress.database to be a"
          + " postgresql:// URL shared with the bots; it is " + store.file());
    }
    return new Loaded(app, store, Wiring.bank(app.questions()));
  }
}
