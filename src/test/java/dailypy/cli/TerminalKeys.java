package dailypy.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keystrokes as a terminal in canonical mode delivers them: one line per read, and Ctrl-D on an
 * empty line as a single end of input after which the terminal can still be read. Whatever was
 * not read when the session ended is left for the shell ({@link #unread}).
 */
final class TerminalKeys extends InputStream {
  static final String CTRL_D = "\u0004";

  private final Deque<String> lines = new ArrayDeque<>();
  private byte[] current = new byte[0];
  private int pos;

  /** @param keys lines ending in "\n", and {@link #CTRL_D} for each Ctrl-D */
  TerminalKeys(String keys) {
    StringBuilder line = new StringBuilder();
    for (char c : keys.toCharArray()) {
      if (c == '\u0004') {
        lines.add(CTRL_D);
      } else {
        line.append(c);
        if (c == '\n') {
          lines.add(line.toString());
          line.setLength(0);
        }
      }
    }
  }

  @Override
  public synchronized int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public synchronized int read(byte[] b, int off, int len) {
    if (pos == current.length) {
      String next = lines.poll();
      if (next == null || next.equals(CTRL_D)) {
        return -1;
      }
      current = next.getBytes(StandardCharsets.UTF_8);
      pos = 0;
    }
    int n = Math.min(len, current.length - pos);
    System.arraycopy(current, pos, b, off, n);
    pos += n;
    return n;
  }

  @Override
  public synchronized int available() {
    return current.length - pos;
  }

  /** The lines never read, in order ("\u0004" for an unread Ctrl-D). */
  synchronized String unread() {
    return new String(current, pos, current.length - pos, StandardCharsets.UTF_8) + String.join("", lines);
  }
}
