package dailypy.runner;

import java.util.UUID;
import org.slf4j.Logger;

/**
 * A failure of the grader itself: the operator gets the details in the log under a short
 * reference, the user gets only the reference, never host text or a stack trace.
 */
public final class GraderFailure {
  private GraderFailure() {}

  /** Logs the failure and returns the message for the user. */
  public static String report(Logger log, String what, Throwable cause) {
    String reference = newReference();
    log.error("{} failed, reference {}", what, reference, cause);
    return userMessage(reference);
  }

  /** The same for a failure known by a description rather than an exception. */
  public static String report(Logger log, String what, String detail) {
    String reference = newReference();
    log.error("{} failed, reference {}: {}", what, reference, detail);
    return userMessage(reference);
  }

  /** A short id that finds the log line. */
  public static String newReference() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static String userMessage(String reference) {
    return "The grader failed (reference " + reference + ").";
  }
}
