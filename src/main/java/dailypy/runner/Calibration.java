package dailypy.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures how fast a backend runs Python, so time limits mean the same on every backend and
 * host (Codeforces-style per-language multipliers, measured here instead of hard-coded).
 *
 * <p>The workload is a fixed pure-Python loop of what graded code does most (calls, integer
 * arithmetic, list indexing, dict updates, string indexing and comparison). It is trusted code,
 * never the user's, run through the harness like a submission in the backend's own sandboxed
 * interpreter, and timed by the backend's own CPU clock, so it is the same measurement the
 * limits are enforced with. The best of a few runs counts: CPU time is not stretched by
 * competing load, but a cold interpreter's first run is slower ({@link Plan}).
 */
public final class Calibration {

  private static final Logger LOG = LoggerFactory.getLogger(Calibration.class);

  /**
   * The workload's CPU time per iteration on the reference machine: GraalPy 25.0.1, interpreter
   * only, in a worker of the embedded pool on the project's 2-vCPU host: the median of the runs
   * of {@link #GRAALPY} measured on 2026-12-02 (575–843 ms per run over two benchmark runs,
   * quiet and loaded, median about 620 ms; docs/benchmarks.md).
   */
  public static final double REFERENCE_NANOS_PER_ITERATION = 4100;

  /**
   * How a backend is measured: the best of {@code runs} runs of {@code iterations}, the runs at
   * once (CPU time does not depend on what else runs; the wall time of the start-up does).
   */
  public record Plan(int iterations, int runs) {
    public Plan {
      if (iterations < 1 || runs < 1) {
        throw new IllegalArgumentException("a calibration needs iterations and runs");
      }
    }
  }

  /** About 0.6 s of CPU on GraalPy, whose CPU clock (the guest thread's) is exact. */
  public static final Plan GRAALPY = new Plan(150_000, 2);
  /**
   * About 90 ms on CPython 3.11, whose CPU time is read from /proc in 10 ms ticks: three runs,
   * so a tick boundary costs little.
   */
  public static final Plan CPYTHON = new Plan(600_000, 3);

  /** The workload for a number of iterations. */
  static String workload(int iterations) {
    return WORKLOAD.replace("ITERATIONS", Integer.toString(iterations));
  }

  private static final String WORKLOAD = String.join("\n",
      "def step(a, b):",
      "    return (a * 31 + b) % 1000003",
      "",
      "def calibrate(n):",
      "    total = 0",
      "    counts = {}",
      "    items = list(range(64))",
      "    text = 'abcdefghij' * 8",
      "    for i in range(n):",
      "        total = step(total, items[i & 63])",
      "        key = i & 255",
      "        counts[key] = counts.get(key, 0) + 1",
      "        if text[i % 80] == text[(i * 7) % 80]:",
      "            total += 1",
      "        if i % 97 == 0:",
      "            items.append(items.pop(0))",
      "    return total + len(counts)",
      "",
      "result = calibrate(ITERATIONS)",
      "");

  /** Trusted work: room for a slow host; the clamp, not the limit, bounds the factor. */
  private static final Limits LIMITS = Limits.DEFAULT.withCpuTime(Duration.ofSeconds(60));
  private static final Map<String, CompletableFuture<SpeedFactor>> CACHE =
      new ConcurrentHashMap<>();

  private Calibration() {}

  /**
   * The backend's factor, measured once per process and key in the background (the first
   * gradings wait for it) and shared by every runner on that key afterwards.
   *
   * @param key what identifies the backend's speed, e.g. "cpython:/usr/bin/python3.11"
   */
  public static CompletableFuture<SpeedFactor> cached(String key, HarnessBackend backend,
      Plan plan) {
    return cached(key, backend.name(), () -> measure(backend, plan));
  }

  /** As {@link #cached(String, HarnessBackend, Plan)}, with the measurement given (for tests). */
  static CompletableFuture<SpeedFactor> cached(String key, String backendName,
      Supplier<SpeedFactor> measurement) {
    CompletableFuture<SpeedFactor> started = new CompletableFuture<>();
    CompletableFuture<SpeedFactor> existing = CACHE.putIfAbsent(key, started);
    if (existing != null) {
      return existing;
    }
    Thread.ofPlatform().daemon().name("calibrate-" + backendName).start(() -> {
      try {
        SpeedFactor factor = measurement.get();
        LOG.info("calibrated {}", factor);
        started.complete(factor);
      } catch (RuntimeException e) {
        // The next start tries again; until then limits stay as written (factor 1).
        CACHE.remove(key, started);
        String ref = GraderFailure.report(LOG, "calibrating " + backendName, e);
        LOG.warn("{} grades with unscaled limits ({})", backendName, ref);
        started.complete(SpeedFactor.reference(backendName));
      }
    });
    return started;
  }

  /** Runs the workload as planned, each run on a fresh interpreter of the backend. */
  public static SpeedFactor measure(HarnessBackend backend, Plan plan) {
    RunRequest request = new RunRequest(workload(plan.iterations()), new TestSpec.Script(),
        List.of(), LIMITS, Set.of());
    List<CompletableFuture<Object>> runs = new java.util.ArrayList<>();
    for (int i = 0; i < plan.runs(); i++) {
      CompletableFuture<Object> run = new CompletableFuture<>();
      Thread.ofPlatform().daemon().name("calibrate-run-" + i).start(() -> {
        try {
          run.complete(backend.converse(LIMITS, channel -> runOnce(channel, request)));
        } catch (RuntimeException e) {
          run.complete(e.toString());
        }
      });
      runs.add(run);
    }
    long best = Long.MAX_VALUE;
    String failure = "no run";
    for (CompletableFuture<Object> run : runs) {
      Object outcome = run.join();
      if (outcome instanceof Long nanos && nanos > 0) {
        best = Math.min(best, nanos);
      } else {
        failure = String.valueOf(outcome);
      }
    }
    if (best == Long.MAX_VALUE) {
      throw new IllegalStateException("the calibration workload did not run: " + failure);
    }
    return factor(backend.name(), best, plan.iterations());
  }

  /** The factor for a best run of {@code cpuNanos} over {@code iterations}. */
  static SpeedFactor factor(String backend, long cpuNanos, int iterations) {
    double perIteration = cpuNanos / (double) iterations;
    return SpeedFactor.fromRatio(backend, perIteration / REFERENCE_NANOS_PER_ITERATION,
        cpuNanos / 1_000_000);
  }

  /** One run: its CPU time in nanoseconds, or why it did not complete. */
  private static Object runOnce(HarnessChannel channel, RunRequest request) {
    HarnessReply reply = channel.send(HarnessRequests.load(request, null));
    if (reply instanceof HarnessReply.Stopped stopped) {
      return stopped.verdict() + " " + stopped.message();
    }
    try {
      JsonNode node = HarnessRequests.JSON.readTree(((HarnessReply.Completed) reply).json());
      String status = node.path("status").asText();
      return status.equals("ok") ? (Object) channel.cpuNanos() : "status " + status;
    } catch (java.io.IOException e) {
      return "unreadable reply";
    }
  }
}
