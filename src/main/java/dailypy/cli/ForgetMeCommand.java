package dailypy.cli;

import dailypy.progress.ForgetResult;
import dailypy.progress.ProgressStore;
import dailypy.progress.ProgressStoreException;
import dailypy.progress.StoreUrl;
import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Operator side of forget-me, for requests that arrive outside Discord (e.g. by e-mail). */
@Command(name = "forget-me", mixinStandardHelpOptions = true,
    description = "Delete everything stored about a user in a guild, keeping only anonymous"
        + " counts (the same as the user's /forget-me).")
public final class ForgetMeCommand implements Callable<Integer> {

  @Option(names = "--guild", required = true, description = "Guild id.")
  long guild;

  @Option(names = "--user", required = true, description = "User id.")
  long user;

  @Mixin
  DatabaseOptions db;

  @Override
  public Integer call() {
    try {
      StoreUrl location = db.location();
      // a folder or an odd file is DatabaseFiles's to explain; only a missing one stops here
      if (location.file() != null && !Files.exists(location.file())) {
        System.err.println("forget-me failed: no database at " + location.file());
        return 1;
      }
      try (ProgressStore store = ProgressStore.open(location, Clock.systemUTC())) {
        ForgetResult r = store.forgetMe(guild, user);
        System.out.println(r.nothingStored()
            ? "Nothing was stored about user " + user + " in guild " + guild + "."
            : "Forgot user " + user + " in guild " + guild + ": " + r.submissions()
                + " answers, " + r.solves() + " solves, " + r.points() + " points (kept as"
                + " anonymous counts).");
      }
      return 0;
    } catch (ProgressStoreException e) {
      System.err.println("forget-me failed: " + e.getMessage());
      return 1;
    }
  }
}
