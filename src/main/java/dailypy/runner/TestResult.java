package dailypy.runner;

/**
 * One test, reported in declaration order. A hidden test carries no message or output that could
 * reveal its input or expected value.
 */
public record TestResult(String name, boolean passed, boolean hidden, String message, String output) {}
