package dailypy.runner;

import java.util.Arrays;
import java.util.Optional;

/**
 * The categories of the sandbox policy ({@link SandboxPolicy}). A question's own constraints are
 * named by the question; every other rule a harness reports must be one of these.
 */
public enum SandboxRule {
  FILE, NETWORK, PROCESS, THREAD, HOST,
  /** Not a sandbox category but a FORBIDDEN verdict: the user's code bypassed the grader. */
  TAMPERING;

  /** The name the harness and the policy file use: "file", "network", … */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The category with this name, empty for a name the policy does not know. */
  public static Optional<SandboxRule> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
  }

  /** Whether breaking it is a SANDBOX verdict (true) or FORBIDDEN (tampering). */
  public boolean isSandbox() {
    return SandboxPolicy.get().isSandbox(this);
  }

  /** The fixed text shown for it. */
  public String text() {
    return SandboxPolicy.get().text(this);
  }
}
