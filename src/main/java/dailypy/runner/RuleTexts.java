package dailypy.runner;

import java.util.Map;

/**
 * The texts shown for a broken rule. They are fixed here, in Java: a violation reported by the
 * harness names only its rule, and any text it carries is ignored, because the interpreter is
 * the user's and text built there could carry a hidden input out.
 */
public final class RuleTexts {

  private static final Map<String, String> SANDBOX = Map.of(
      "file", "File access is not allowed in the sandbox.",
      "network", "Network access is not allowed in the sandbox.",
      "process", "Starting processes is not allowed in the sandbox.",
      "thread", "Creating threads is not allowed in the sandbox.",
      "host", "Access to interpreter internals or to the host is not allowed in the sandbox.",
      "tampering", "Your code changed or bypassed something the grader relies on "
          + "(unittest, builtins, or the grader's own answers).");

  private RuleTexts() {}

  /** Whether this rule is one of the sandbox's own (a SANDBOX verdict). */
  public static boolean isSandboxRule(String rule) {
    return SANDBOX.containsKey(rule) && !rule.equals("tampering");
  }

  /**
   * The fixed text for a rule: the sandbox's own, or the question's constraint of that name.
   *
   * @return null when the rule is neither
   */
  public static String text(String rule, Iterable<Constraint> constraints) {
    String fixed = SANDBOX.get(rule);
    if (fixed != null) {
      return fixed;
    }
    for (Constraint c : constraints) {
      if (c.name().equals(rule)) {
        return c.message();
      }
    }
    return null;
  }
}
