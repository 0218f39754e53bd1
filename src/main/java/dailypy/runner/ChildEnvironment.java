package dailypy.runner;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;

/**
 * The environment of every process the bot starts (sandboxes, worker JVMs, probes): empty, then
 * an allow-list. The bot's own environment holds {@code DISCORD_TOKEN} and whatever else the
 * operator exported; a child that inherits it can leak it, even through a process that only
 * wraps the sandbox (bubblewrap's pid 1 keeps its environment, readable as /proc/1/environ).
 * Only the practice {@code $EDITOR} inherits the user's environment: it is their own editor.
 */
public final class ChildEnvironment {

  /** All a child gets. No HOME: each sandbox sets its own, and host tools need none. */
  public static final SequencedMap<String, String> ALLOWED = allowed();

  private ChildEnvironment() {}

  /** Clears the builder's environment (inherited from the bot) and sets the allow-list. */
  public static ProcessBuilder clean(ProcessBuilder builder) {
    Map<String, String> env = builder.environment();
    env.clear();
    env.putAll(ALLOWED);
    return builder;
  }

  private static SequencedMap<String, String> allowed() {
    SequencedMap<String, String> m = new LinkedHashMap<>();
    m.put("PATH", "/usr/bin:/bin");
    m.put("LANG", "C.UTF-8");
    return Collections.unmodifiableSequencedMap(m);
  }
}
