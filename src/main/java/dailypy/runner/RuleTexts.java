package dailypy.runner;

import java.util.Optional;

/**
 * The texts shown for a broken rule. They are fixed here, in Java: a violation reported by the
 * harness names only its rule, and any text it carries is ignored, because the interpreter is
 * the user's and text built there could carry a hidden input out.
 */
public final class RuleTexts {

  private RuleTexts() {}

  /** Whether this rule is one of the sandbox's own (a SANDBOX verdict). */
  public static boolean isSandboxRule(String rule) {
    return SandboxRule.byId(rule).map(SandboxRule::isSandbox).orElse(false);
  }

  /**
   * The fixed text for a rule: the sandbox's own, or the question's constraint of that name.
   *
   * @return null when the rule is neither
   */
  public static String text(String rule, Iterable<Constraint> constraints) {
    Optional<SandboxRule> own = SandboxRule.byId(rule);
    if (own.isPresent()) {
      return own.get().text();
    }
    for (Constraint c : constraints) {
      if (c.name().equals(rule)) {
        return c.message();
      }
    }
    return null;
  }
}
