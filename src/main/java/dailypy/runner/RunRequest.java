package dailypy.runner;

import java.util.List;
import java.util.Set;

/**
 * Everything a backend needs to grade one submission.
 *
 * @param source the user's Python code
 * @param tests how to test it
 * @param constraints rules checked on the AST before running
 * @param limits time and output limits
 * @param requires third-party packages the tests need (empty for the standard library)
 */
public record RunRequest(
    String source,
    TestSpec tests,
    List<Constraint> constraints,
    Limits limits,
    Set<String> requires) {

  public RunRequest {
    constraints = List.copyOf(constraints);
    requires = Set.copyOf(requires);
  }

  /** The same request with other limits (a backend's scaled ones). */
  public RunRequest withLimits(Limits other) {
    return new RunRequest(source, tests, constraints, other, requires);
  }

  public static RunRequest of(String source, TestSpec tests) {
    return new RunRequest(source, tests, List.of(), Limits.DEFAULT, Set.of());
  }
}
