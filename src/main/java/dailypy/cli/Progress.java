package dailypy.cli;

import java.io.PrintStream;

/**
 * A progress bar on a terminal, plain "n/total" lines otherwise, on stderr so it never mixes
 * with a command's real output.
 */
public final class Progress {

  private static final int WIDTH = 30;
  private final int total;
  private final boolean enabled;
  private final boolean terminal = System.console() != null;
  private final PrintStream err = System.err;
  private int done;

  public Progress(int total, boolean enabled) {
    this.total = total;
    this.enabled = enabled;
  }

  public synchronized void step(String label) {
    done++;
    if (!enabled) {
      return;
    }
    if (terminal) {
      int filled = total == 0 ? WIDTH : done * WIDTH / total;
      err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/"
          + total + " " + (label.length() > 30 ? label.substring(0, 30) : label)
          + "          ");
    } else {
      err.println(done + "/" + total + " " + label);
    }
  }

  public synchronized void done() {
    if (enabled && terminal) {
      err.println();
    }
  }
}
