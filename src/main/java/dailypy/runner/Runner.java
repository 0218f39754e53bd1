package dailypy.runner;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/** A backend that grades Python code. Implementations must never throw for bad user code. */
public interface Runner extends AutoCloseable {

  /** Grades one submission; blocks until its result is ready. */
  RunResult run(RunRequest request);

  /** A short name such as "graalpy" or "cpython". */
  String name();

  /**
   * Completes when this runner grades at warm speed: an interpreter is ready and the time
   * limits are calibrated. Front ends post questions and say "ready" only after it; a grading
   * sent earlier waits for it.
   */
  default CompletableFuture<Void> ready() {
    return CompletableFuture.completedFuture(null);
  }

  /** Third-party packages this backend can import, with their versions. */
  Map<String, String> packages();

  /**
   * Whether a question needing these packages can be graded here. A single backend can when it
   * imports them all; a router answers for the backend it would choose.
   */
  default Capability capability(Collection<String> requires) {
    TreeSet<String> missing = new TreeSet<>();
    for (String p : requires) {
      if (!packages().containsKey(p.trim().toLowerCase(Locale.ROOT))) {
        missing.add(p);
      }
    }
    return missing.isEmpty() ? Capability.on(name()) : Capability.not("This server can't grade "
        + String.join(", ", missing) + " questions: the " + name() + " runner cannot import "
        + (missing.size() == 1 ? "it" : "them") + ".");
  }

  @Override
  void close();
}
