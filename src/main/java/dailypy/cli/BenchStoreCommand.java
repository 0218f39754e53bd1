package dailypy.cli;

import dailypy.progress.StoreBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Benchmarks the progress store; the numbers go into docs/benchmarks.md. */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
    description = "Fill a new progress database with graded submissions and measure recording,"
        + " leaderboard and profile latency.")
public final class BenchStoreCommand implements Callable<Integer> {

  @Option(names = "--users", defaultValue = "5000", description = "Users in the guild.")
  int users;

  @Option(names = "--submissions", defaultValue = "100000", description = "Submissions to record.")
  int submissions;

  @Option(names = "--query-runs", defaultValue = "500", description = "Timed runs per query.")
  int queryRuns;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed.")
  long seed;

  @Option(names = "--db", description = "New database file to fill (default: a temporary file,"
      + " deleted afterwards).")
  Path database;

  @Override
  public Integer call() throws Exception {
    boolean temporary = database == null;
    Path dir = temporary ? Files.createTempDirectory("bench-store") : null;
    Path file = temporary ? dir.resolve("bench.db") : database;
    if (!temporary && Files.exists(file)) {
      System.err.println("bench-store: " + file + " already exists; give a new file name");
      return 1;
    }
    try {
      new StoreBenchmark(users, submissions, queryRuns, seed).run(file, System.out);
      return 0;
    } finally {
      if (temporary) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
          Files.deleteIfExists(dir.resolve("bench.db" + suffix));
        }
        Files.deleteIfExists(dir);
      }
    }
  }
}
