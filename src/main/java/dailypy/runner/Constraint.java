package dailypy.runner;

/**
 * A rule a question places on the answer, checked on the AST before the code runs.
 *
 * @param forbid what is forbidden: {@code builtin} (a name such as sum), {@code call} (a method
 *     called as {@code x.name(...)}, such as count), {@code import} (a module) or {@code syntax}
 *     (an AST node type such as {@code ListComp})
 * @param name the builtin, method, module or node type
 * @param message shown to the user when the rule is broken
 */
public record Constraint(String forbid, String name, String message) {}
