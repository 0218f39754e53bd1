package dailypy.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} and {@code --config} options of the commands that work on the progress database. */
final class DatabaseOptions {

  @Option(names = "--db", description = "Database (default: progress.database from the config,"
      + " data/tutor.db).")
  Path database;

  @Option(names = "--config", description = "Config file.")
  Path config = AppConfig.DEFAULT_PATH;

  /** The database file: {@code --db}, else the config's {@code progress.database}. */
  Path file() {
    return database != null ? database : Path.of(AppConfig.load(config).progress().database());
  }
}
