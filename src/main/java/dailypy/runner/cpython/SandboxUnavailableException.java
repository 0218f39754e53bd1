package dailypy.runner.cpython;

/**
 * The CPython backend refuses to start: bubblewrap is missing or cannot create namespaces on
 * this host, or python3 is missing. The message says what to install or change.
 */
public final class SandboxUnavailableException extends RuntimeException {

  public SandboxUnavailableException(String message) {
    super(message);
  }
}
