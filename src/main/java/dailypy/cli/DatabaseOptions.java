package dailypy.cli;

import dailypy.progress.StoreUrl;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} and {@code --config} options of the commands that work on the progress database. */
final class DatabaseOptions {

  @Option(names = "--db", description = "Database: a file, or a postgresql:// URL (default:"
      + " progress.database from the config, data/tutor.db).")
  String database;

  @Option(names = "--config", description = "Config file.")
  Path config = AppConfig.DEFAULT_PATH;

  /** The database: {@code --db}, else the config's {@code progress.database}. */
  StoreUrl location() {
    return StoreUrl.parse(database != null ? database : AppConfig.load(config).progress().database());
  }
}
