package dailypy.runner.cpython;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dailypy.runner.Calibration;
import dailypy.runner.HarnessReply;
import dailypy.runner.HarnessRequests;
import dailypy.runner.HarnessRunner;
import dailypy.runner.Limits;
import dailypy.runner.Runner;
import dailypy.runner.sandbox.Bubblewrap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the host-CPython runner: checks that the sandbox works (or refuses), then probes which
 * of the wanted packages the sandboxed interpreter can import, with their versions.
 */
public final class CPythonRunner {

  private static final Logger LOG = LoggerFactory.getLogger(CPythonRunner.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Generous: the probe imports every wanted package, pandas and django included, cold. */
  private static final Limits PROBE_LIMITS = Limits.DEFAULT.withCpuTime(Duration.ofSeconds(60));
  private static final long GRACE_MILLIS = 2000;

  private CPythonRunner() {}

  /**
   * What start-up found out, for the log and for tests.
   *
   * @param backend the sandboxed backend under the runner (for the calibration benchmark)
   */
  public record Started(Runner runner, Isolation isolation, String pythonVersion,
      Map<String, String> packages, dailypy.runner.HarnessBackend backend) {}

  /**
   * Starts the backend or refuses with a clear message.
   *
   * @param wanted the packages named in the questions' {@code requires}
   * @throws SandboxUnavailableException if python3 is missing, or bubblewrap is missing or
   *     cannot create namespaces and {@code allow_unsandboxed} is off
   */
  public static Started start(CPythonConfig config, Collection<String> wanted) {
    String python = realPython(config.python());
    String prlimit = HostTools.find("prlimit");
    if (prlimit == null) {
      throw new SandboxUnavailableException("prlimit (util-linux) is not installed: the CPython "
          + "backend cannot limit memory and processes without it; apt-get install util-linux");
    }
    Path dir = harnessDir();
    CPythonBackend.writeHarness(dir);
    for (String file : List.of("harness.py", "driver.py")) {
      dir.resolve(file).toFile().deleteOnExit();  // runs before the directory's, registered first
    }
    List<String> failures = new ArrayList<>();
    for (SandboxCommand candidate : candidates(config, dir, python, prlimit, failures)) {
      CPythonBackend backend = new CPythonBackend(candidate, config.maxParallel(),
          config.queueCapacity(), GRACE_MILLIS);
      Object probe = probe(backend, wanted);
      if (probe instanceof String failure) {
        failures.add(candidate.isolation() + ": " + failure);
        continue;
      }
      JsonNode root = (JsonNode) probe;
      Map<String, String> packages = new LinkedHashMap<>();
      root.path("packages").fields().forEachRemaining(e ->
          packages.put(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getValue().asText()));
      String version = root.path("version").asText("?");
      announce(candidate.isolation(), python, version, packages, wanted);
      backend.prestart(config.prestarted());
      // Measured in the background, once per interpreter and sandbox in this process; the first
      // grading waits for it.
      var speed = Calibration.cached("cpython:" + python + ":" + candidate.isolation(), backend,
          Calibration.CPYTHON);
      return new Started(new HarnessRunner(backend, backend, packages, speed),
          candidate.isolation(), version, Map.copyOf(packages), backend);
    }
    throw new SandboxUnavailableException("The CPython backend refuses to run untrusted code: "
        + "bubblewrap cannot sandbox it on this host (" + String.join("; ", failures) + "). "
        + "Install bubblewrap (apt-get install bubblewrap) and allow user namespaces; only for "
        + "trusted code set runner.cpython.allow_unsandboxed: true.");
  }

  /** Isolation modes to try, strongest first. */
  static List<SandboxCommand> candidates(CPythonConfig config, Path dir, String python,
      String prlimit, List<String> failures) {
    List<SandboxCommand> list = new ArrayList<>();
    String bwrap = HostTools.find(config.bwrap());
    if (bwrap == null) {
      failures.add("bwrap (" + config.bwrap() + ") is not installed");
    } else {
      Bubblewrap bubblewrap = new Bubblewrap(bwrap, Bubblewrap.supportsDisableUserns(bwrap));
      String setpriv = HostTools.find("setpriv");
      if (HostTools.uid() == 0 && setpriv != null) {
        list.add(new SandboxCommand(config, Isolation.BWRAP_AS_NOBODY, dir, python, prlimit,
            setpriv, bubblewrap));
      }
      list.add(new SandboxCommand(config, Isolation.BWRAP, dir, python, prlimit, null,
          bubblewrap));
    }
    if (config.allowUnsandboxed()) {
      list.add(new SandboxCommand(config, Isolation.NONE, dir, python, prlimit, null, null));
    }
    return list;
  }

  /** The parsed probe answer, or a String saying why there is none. */
  private static Object probe(CPythonBackend backend, Collection<String> wanted) {
    HarnessReply reply = backend.execute(HarnessRequests.probe(new TreeSet<>(wanted)),
        PROBE_LIMITS);
    if (reply instanceof HarnessReply.Stopped stopped) {
      return stopped.verdict() + " " + stopped.message();
    }
    try {
      return JSON.readTree(((HarnessReply.Completed) reply).json());
    } catch (IOException e) {
      return "unreadable probe answer";
    }
  }

  private static void announce(Isolation isolation, String python, String version,
      Map<String, String> packages, Collection<String> wanted) {
    List<String> missing = wanted.stream()
        .filter(w -> !packages.containsKey(w.toLowerCase(java.util.Locale.ROOT)))
        .sorted().toList();
    switch (isolation) {
      case NONE -> LOG.warn("runner.cpython.allow_unsandboxed is true and bubblewrap is "
          + "unavailable: the CPython backend runs submissions WITHOUT A SANDBOX (resource "
          + "limits only). Use this only for trusted code.");
      case BWRAP -> {
        if (HostTools.uid() == 0) {
          LOG.warn("CPython sandbox runs as root: Linux does not enforce the process limit for "
              + "root, so a fork bomb is stopped only by the harness and the wall-time kill; "
              + "install setpriv (util-linux) or run the bot as an unprivileged user");
        }
      }
      case BWRAP_AS_NOBODY -> { }
    }
    LOG.info("cpython backend ready: {} {}, isolation {}, packages {}{}", python, version,
        isolation, packages, missing.isEmpty() ? "" : ", missing " + missing);
  }

  static String realPython(String configured) {
    String found = HostTools.find(configured);
    if (found == null) {
      throw new SandboxUnavailableException("runner.cpython.python: " + configured
          + " is not an executable; install python3 (apt-get install python3) or set the path");
    }
    try {
      return Path.of(found).toRealPath().toString();
    } catch (IOException e) {
      return found;
    }
  }

  private static Path harnessDir() {
    try {
      // Under /tmp, not the user's home: the sandbox may run as nobody and must reach it.
      Path dir = Files.createTempDirectory(Path.of("/tmp"), "dailypy-cpython-");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new SandboxUnavailableException("cannot create the harness directory in /tmp: "
          + e.getMessage());
    }
  }
}
