package dailypy.cli;

import dailypy.progress.Backups;
import dailypy.progress.ProgressStoreException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Online backup of the progress database; safe while the bot is running. */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = "Write a consistent copy of the progress database to FILE (VACUUM INTO),"
        + " even while the bot is running, and check the copy's integrity.")
public final class BackupCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The copy to write; must not exist yet.")
  Path target;

  @Mixin
  DatabaseOptions db;

  @Override
  public Integer call() {
    try {
      Path source = db.location().file();
      if (source == null) {
        System.err.println("backup failed: a PostgreSQL progress store is backed up with pg_dump");
        return 1;
      }
      Backups.copy(source, target);
      System.out.println("Backed up " + source + " to " + target + " (integrity check: ok)");
      return 0;
    } catch (ProgressStoreException e) {
      System.err.println("backup failed: " + e.getMessage());
      return 1;
    }
  }
}
