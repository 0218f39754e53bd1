package dailypy.progress;

/**
 * The store could not do what was asked. The message is safe to log; it carries a reference id
 * ({@link #reference()}) that also appears in the log line written when the failure happened.
 */
public class ProgressStoreException extends RuntimeException {
  private final String reference;

  public ProgressStoreException(String message, String reference, Throwable cause) {
    super(message + " [ref " + reference + "]", cause);
    this.reference = reference;
  }

  public ProgressStoreException(String message) {
    super(message);
    this.reference = "";
  }

  /** The id of the log line that describes this failure, or empty when there is none. */
  public String reference() {
    return reference;
  }
}
