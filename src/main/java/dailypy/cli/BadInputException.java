package dailypy.cli;

/**
 * Something the user gave a command cannot be used: a missing or unreadable file, an unknown id.
 * The message is one line that names the file, key or id; {@link Main} prints it and exits with
 * {@link #EXIT_CODE}, never with a stack trace.
 */
public final class BadInputException extends RuntimeException {
  /** The exit code of bad input, the same as picocli's for a bad option. */
  public static final int EXIT_CODE = 2;

  public BadInputException(String message) {
    super(message);
  }
}
