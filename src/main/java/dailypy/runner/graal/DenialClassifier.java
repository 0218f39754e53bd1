package dailypy.runner.graal;

import dailypy.runner.SandboxPolicy;
import dailypy.runner.SandboxRule;

/**
 * Names the sandbox rule behind a denial that GraalPy reports as a host-side error (it cannot be
 * caught by the harness, so it arrives here as a polyglot exception message). The messages that
 * mean each rule are part of the sandbox policy's data.
 */
final class DenialClassifier {

  private DenialClassifier() {}

  /** Returns file, network, process, thread or host, or null if this is not a denial. */
  static String categorise(String message) {
    return SandboxPolicy.get().classifyDenial(message).map(SandboxRule::id).orElse(null);
  }

  static String describe(String category) {
    return SandboxRule.byId(category).orElse(SandboxRule.HOST).text();
  }
}
