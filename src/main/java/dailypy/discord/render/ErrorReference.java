package dailypy.discord.render;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an unexpected failure into a short reference id: the operator finds the full stack trace
 * in the log under that id, the user only sees the id.
 */
public final class ErrorReference {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorReference.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private ErrorReference() {}

  /** Logs the failure with a new id and returns the user-facing message. */
  public static String report(String where, Throwable failure) {
    String id = newId();
    LOG.error("[ref {}] {} failed", id, where, failure);
    return userMessage(id);
  }

  public static String userMessage(String id) {
    return "⚠️ Something went wrong on our side. Reference: `" + id + "`";
  }

  static String newId() {
    byte[] bytes = new byte[4];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
