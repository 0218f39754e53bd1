package dailypy.runner;

import dailypy.verdict.Verdict;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Runner} over an ordered list of backends: each request goes to the first backend whose
 * {@link Runner#packages()} cover the request's {@code requires}. With the embedded backend
 * first, standard-library questions stay on it and library questions go to host CPython.
 *
 * <p>The question scheduler and {@code questions validate} ask {@link #capability} first, so a
 * question that nothing here can grade is left out with the reason, not sent and failed.
 */
public final class RoutingRunner implements Runner {

  private static final Logger LOG = LoggerFactory.getLogger(RoutingRunner.class);

  /** Debian packages whose name is not python3-&lt;distribution&gt;. */
  private static final Map<String, String> DEBIAN_NAMES = Map.of(
      "scikit-learn", "python3-sklearn",
      "pillow", "python3-pil",
      "beautifulsoup4", "python3-bs4",
      "pyyaml", "python3-yaml",
      "python-dateutil", "python3-dateutil");
  /** Packages Debian does not ship. */
  private static final Set<String> PIP_ONLY = Set.of("tensorflow", "torch");

  private final List<Runner> runners;
  private final Map<String, String> unavailable;

  /**
   * @param runners the started backends, in order of preference
   * @param unavailable configured backends that refused to start, by name, with the reason
   *     (e.g. cpython: bubblewrap cannot create namespaces); used to explain what is missing
   */
  public RoutingRunner(List<Runner> runners, Map<String, String> unavailable) {
    if (runners.isEmpty() && unavailable.isEmpty()) {
      throw new IllegalArgumentException("at least one backend is needed");
    }
    this.runners = List.copyOf(runners);
    this.unavailable = Map.copyOf(unavailable);
  }

  public RoutingRunner(List<Runner> runners) {
    this(runners, Map.of());
  }

  /** Can a question needing these packages be graded here, and if not, why. */
  @Override
  public Capability capability(Collection<String> requires) {
    Optional<Runner> runner = route(requires);
    return runner.map(r -> Capability.on(r.name())).orElseGet(() -> Capability.not(
        reasonFor(normalise(requires))));
  }

  /** The backend a request with these requirements goes to. */
  public Optional<Runner> route(Collection<String> requires) {
    Set<String> needed = normalise(requires);
    for (Runner r : runners) {
      Set<String> has = normalise(r.packages().keySet());
      if (has.containsAll(needed)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  @Override
  public RunResult run(RunRequest request) {
    Optional<Runner> runner = route(request.requires());
    if (runner.isPresent()) {
      return runner.get().run(request);
    }
    String reason = reasonFor(normalise(request.requires()));
    LOG.warn("no backend can grade a request needing {}: {}", request.requires(), reason);
    return RunResult.of(Verdict.ERROR, reason, name());
  }

  private String reasonFor(Set<String> needed) {
    Set<String> everywhere = new TreeSet<>();
    for (Runner r : runners) {
      everywhere.addAll(normalise(r.packages().keySet()));
    }
    List<String> missing = needed.stream().filter(p -> !everywhere.contains(p)).sorted().toList();
    if (missing.isEmpty()) {
      return "This server can't grade questions that need " + String.join(" and ", needed)
          + " together: no single backend has all of them.";
    }
    String what = "This server can't grade " + String.join(", ", missing) + " questions: ";
    String cpythonOff = unavailable.get("cpython");
    if (cpythonOff != null) {
      return what + "the cpython backend is off (" + cpythonOff + ").";
    }
    String fix = "install " + missing.stream().map(RoutingRunner::installName)
        .collect(Collectors.joining(", "));
    boolean hasCpython = runners.stream().anyMatch(r -> r.name().equals("cpython"));
    return what + fix + (hasCpython ? "." : " and add cpython to runner.backends.");
  }

  static String installName(String distribution) {
    if (PIP_ONLY.contains(distribution)) {
      return distribution + " for the host's python3 (pip; Debian has no package)";
    }
    return DEBIAN_NAMES.getOrDefault(distribution, "python3-" + distribution);
  }

  private static Set<String> normalise(Collection<String> names) {
    Set<String> out = new TreeSet<>();
    for (String n : names) {
      out.add(n.trim().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Ready when every started backend is. */
  @Override
  public java.util.concurrent.CompletableFuture<Void> ready() {
    return java.util.concurrent.CompletableFuture.allOf(runners.stream().map(Runner::ready)
        .toArray(java.util.concurrent.CompletableFuture[]::new));
  }

  /** The backends in order, as "graalpy+cpython". */
  @Override
  public String name() {
    List<String> names = new ArrayList<>();
    runners.forEach(r -> names.add(r.name()));
    return String.join("+", names);
  }

  /** Every package some backend can import; the first backend's version wins. */
  @Override
  public Map<String, String> packages() {
    Map<String, String> all = new LinkedHashMap<>();
    for (Runner r : runners) {
      r.packages().forEach(all::putIfAbsent);
    }
    return all;
  }

  /** The started backends, in order (for status displays). */
  public List<Runner> backends() {
    return runners;
  }

  @Override
  public void close() {
    for (Runner r : runners) {
      try {
        r.close();
      } catch (RuntimeException e) {
        LOG.warn("closing backend {} failed", r.name(), e);
      }
    }
  }
}
