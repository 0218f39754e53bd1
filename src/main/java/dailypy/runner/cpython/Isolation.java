package dailypy.runner.cpython;

/** How the Python process is isolated, from strongest to none. */
public enum Isolation {
  /**
   * bubblewrap started as the unprivileged user nobody (via setpriv, when the bot runs as root):
   * every limit holds, including the process count, which Linux does not enforce for root.
   */
  BWRAP_AS_NOBODY,
  /** bubblewrap as the bot's own user; when that user is root the process limit is not enforced. */
  BWRAP,
  /** No sandbox at all: only with runner.cpython.allow_unsandboxed, for trusted code. */
  NONE
}
