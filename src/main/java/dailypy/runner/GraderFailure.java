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
    String reference = UUID.randomUUID().toString().substring(0, 8);
    log.error("{} failed, reference {}", what, reference, cause);
    return "The grader failed (reference " + reference + ").";
  }
}
