package dailypy.runner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The last characters a child process wrote on a stream (its stderr), kept in a bounded buffer
 * by a daemon thread, for classifying how it ended and for the operator's log.
 */
public final class TextTail {

  private final int limit;
  private final StringBuilder tail = new StringBuilder();

  private TextTail(int limit) {
    this.limit = limit;
  }

  /** Starts reading the stream on a daemon thread; it ends with the stream. */
  public static TextTail follow(InputStream in, int limit, String threadName) {
    TextTail t = new TextTail(limit);
    Thread.ofPlatform().daemon().name(threadName).start(() -> t.pump(in));
    return t;
  }

  public String text() {
    synchronized (tail) {
      return tail.toString();
    }
  }

  private void pump(InputStream in) {
    byte[] buffer = new byte[4096];
    try (in) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        String chunk = new String(buffer, 0, n, StandardCharsets.UTF_8);
        synchronized (tail) {
          tail.append(chunk);
          if (tail.length() > limit) {
            tail.delete(0, tail.length() - limit);
          }
        }
      }
    } catch (IOException ignored) {
      // the process ended
    }
  }
}
