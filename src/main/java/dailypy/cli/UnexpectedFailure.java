package dailypy.cli;

import dailypy.runner.GraderFailure;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure no command foresaw. The user gets one line with a reference; the operator gets a log
 * line with the same reference and the stack trace in a file named after it (a terminal is no
 * place for a stack trace, and a command line has no log file of its own).
 */
final class UnexpectedFailure {
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailure.class);

  /** The exit code of an internal error (sysexits' EX_SOFTWARE). */
  static final int EXIT_CODE = 70;

  private UnexpectedFailure() {}

  /** Logs {@code failure} under a new reference and returns the user's one line. */
  static String report(String command, Throwable failure) {
    String reference = GraderFailure.newReference();
    Path details = writeDetails(reference, failure);
    LOG.error("[ref {}] tutor {} failed: {}{}", reference, command, failure.getClass().getName(),
        details == null ? "" : " (stack trace in " + details + ")");
    return "tutor " + command + ": something went wrong on our side (reference " + reference
        + (details == null ? "" : "; details in " + details) + ")";
  }

  private static Path writeDetails(String reference, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    try {
      Path file = Files.createTempFile("tutor-" + reference + "-", ".log");
      Files.writeString(file, "reference " + reference + "\n" + trace);
      return file;
    } catch (IOException | RuntimeException e) {
      LOG.debug("[ref {}] could not write the details", reference, failure);
      return null;
    }
  }
}
