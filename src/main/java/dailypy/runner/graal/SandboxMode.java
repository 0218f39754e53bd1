package dailypy.runner.graal;

import java.util.Locale;

/** {@code runner.graalpy.sandbox}: whether worker JVMs run inside bubblewrap. */
public enum SandboxMode {
  /** bubblewrap when it works on this host, otherwise none with a warning. */
  AUTO,
  /** bubblewrap or no workers: the pool refuses to start without it. */
  BWRAP,
  /** No bubblewrap: only GraalPy's own sandbox and the clean environment. */
  NONE;

  /** Parses a config value (auto, bwrap, none); null for anything else. */
  public static SandboxMode parse(String value) {
    for (SandboxMode m : values()) {
      if (m.name().toLowerCase(Locale.ROOT).equals(value)) {
        return m;
      }
    }
    return null;
  }
}
