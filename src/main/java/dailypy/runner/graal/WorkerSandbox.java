package dailypy.runner.graal;

import dailypy.runner.ChildEnvironment;
import dailypy.runner.cpython.Isolation;
import dailypy.runner.sandbox.Bubblewrap;
import dailypy.runner.sandbox.HostTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses how worker JVMs are started, once per pool setting, and prepares it: stages the
 * classpath and fills the resource cache inside the chosen sandbox, which is also the proof
 * that a JVM with GraalPy runs there. Candidates, strongest first: bubblewrap as nobody (when
 * the bot is root), bubblewrap as the bot's user, and (only in mode auto) no bubblewrap.
 */
final class WorkerSandbox {

  private static final Logger LOG = LoggerFactory.getLogger(WorkerSandbox.class);
  private static final int CACHE_HEAP_MB = 256;
  private static final Map<Key, WorkerLaunch> CHOSEN = new HashMap<>();

  private record Key(SandboxMode mode, Path java, String classpath) {}

  private WorkerSandbox() {}

  /**
   * The launch for this pool setting, chosen on first use; every worker start after that gets
   * the same one at once.
   *
   * @throws IOException when mode is bwrap and bubblewrap cannot run a worker here
   */
  static WorkerLaunch launch(PoolConfig config) throws IOException {
    Key key = new Key(config.sandbox(), config.javaExecutable(), config.classpath());
    synchronized (CHOSEN) {
      WorkerLaunch chosen = CHOSEN.get(key);
      if (chosen == null) {
        chosen = choose(config);
        CHOSEN.put(key, chosen);
      }
      return chosen;
    }
  }

  private static WorkerLaunch choose(PoolConfig config) throws IOException {
    WorkerLaunch direct = WorkerLaunch.direct(config.javaExecutable(), config.classpath());
    if (config.sandbox() == SandboxMode.NONE) {
      LOG.warn("runner.graalpy.sandbox is none: GraalPy workers run WITHOUT bubblewrap, "
          + "protected only by GraalPy's own sandbox and a clean environment");
      return direct;
    }
    List<String> failures = new ArrayList<>();
    WorkerLaunch sandboxed = tryBubblewrap(config, failures);
    if (sandboxed != null) {
      return sandboxed;
    }
    if (config.sandbox() == SandboxMode.BWRAP) {
      throw new IOException("runner.graalpy.sandbox is bwrap, but bubblewrap cannot run a "
          + "GraalPy worker on this host (" + String.join("; ", failures) + "). Install "
          + "bubblewrap and allow user namespaces, or set runner.graalpy.sandbox: auto.");
    }
    LOG.warn("GraalPy workers run WITHOUT bubblewrap ({}): they have the host's network and "
        + "files behind GraalPy's own sandbox only. Install bubblewrap (apt-get install "
        + "bubblewrap) and allow user namespaces.", String.join("; ", failures));
    return direct;
  }

  private static WorkerLaunch tryBubblewrap(PoolConfig config, List<String> failures)
      throws IOException {
    String bwrap = HostTools.find("bwrap");
    if (bwrap == null) {
      failures.add("bwrap is not installed");
      return null;
    }
    Bubblewrap bubblewrap = new Bubblewrap(bwrap, Bubblewrap.supportsDisableUserns(bwrap));
    boolean root = HostTools.uid() == 0;
    List<String> setprivs = new ArrayList<>();
    String setpriv = HostTools.find("setpriv");
    if (root && setpriv != null) {
      setprivs.add(setpriv);
    }
    setprivs.add(null);
    StagedClasspath stage = StagedClasspath.create(config.classpath());
    Path jdk = jdkHome(config.javaExecutable());
    for (String candidate : setprivs) {
      WorkerBwrap layout = new WorkerBwrap(bubblewrap, candidate, stage, jdk);
      long start = System.nanoTime();
      String failure = fillCache(layout, stage, candidate != null, root, config);
      if (failure == null) {
        WorkerLaunch launch = layout.launch(false);
        LOG.info("GraalPy workers run in bubblewrap {} (classpath staged in {}, resource cache "
            + "filled in {} ms)", launch.isolation() == Isolation.BWRAP_AS_NOBODY
            ? "as nobody" : "as this user", stage.lib(), (System.nanoTime() - start) / 1_000_000);
        if (root && launch.isolation() == Isolation.BWRAP) {
          LOG.warn("GraalPy workers' sandbox runs as root: install setpriv (util-linux) or run "
              + "the bot as an unprivileged user");
        }
        return launch;
      }
      failures.add((candidate != null ? "as nobody: " : "as this user: ") + failure);
    }
    stage.delete();
    return null;
  }

  /** Fills the cache in the candidate sandbox; null when it worked, else what went wrong. */
  private static String fillCache(WorkerBwrap layout, StagedClasspath stage, boolean asNobody,
      boolean root, PoolConfig config) throws IOException {
    stage.emptyCache(asNobody ? Bubblewrap.NOBODY : -1);
    List<String> command = layout.launch(true).command(WorkerProcess.jvmOptions(CACHE_HEAP_MB),
        List.of(), ResourceCacheMain.class.getName());
    // Output goes to a file, so a JVM that hangs cannot block the reading side past the wait.
    Path log = Files.createTempFile("dailypy-graal-cache-", ".log");
    try {
      Process p = ChildEnvironment.clean(new ProcessBuilder(command)).redirectErrorStream(true)
          .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(
              new java.io.File("/dev/null"))).start();
      if (!p.waitFor(config.startupTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        return "no answer within " + config.startupTimeout().toSeconds() + " s";
      }
      String text = Files.readString(log, StandardCharsets.UTF_8).strip();
      if (p.exitValue() != 0 || !text.contains(ResourceCacheMain.DONE)) {
        return "exit " + p.exitValue() + ": "
            + (text.length() > 500 ? text.substring(text.length() - 500) : text);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    } finally {
      Files.deleteIfExists(log);
    }
    stage.sealCache(root);
    return null;
  }

  /** The JDK directory of a java executable, through symlinks (/usr/bin/java, alternatives). */
  private static Path jdkHome(Path java) throws IOException {
    return java.toRealPath().getParent().getParent();
  }
}
