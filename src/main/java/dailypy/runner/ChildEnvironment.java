package dailypy.runner;

/**
 * The environment every child process starts with: empty, plus an explicit allow-list. Nothing
 * of the bot's own environment (a token, a path) reaches a sandbox, a worker or a tool.
 */
public final class ChildEnvironment {

  private ChildEnvironment() {}

  public static ProcessBuilder clean(ProcessBuilder builder) {
    var env = builder.environment();
    env.clear();
    env.put("PATH", "/usr/bin:/bin");
    env.put("LANG", "C.UTF-8");
    return builder;
  }
}
