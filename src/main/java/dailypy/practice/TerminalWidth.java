package dailypy.practice;

import dailypy.runner.ChildEnvironment;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The width of the user's terminal: what the terminal says (asked with {@code stty size} on
 * {@code /dev/tty}, as JLine's exec provider does; the tutor has no native terminal library),
 * else the {@code COLUMNS} environment variable, else 80.
 */
public final class TerminalWidth {
  static final int FALLBACK = 80;
  private static final long STTY_TIMEOUT_MILLIS = 1000;
  private static final long REMEASURE_NANOS = TimeUnit.SECONDS.toNanos(2);

  private TerminalWidth() {}

  /**
   * The width, measured again when the last measure is more than two seconds old: a terminal can
   * be resized between two questions, but one question's text is many lines.
   */
  public static IntSupplier live() {
    return new IntSupplier() {
      private int width;
      private long measuredAt;

      @Override
      public synchronized int getAsInt() {
        long now = System.nanoTime();
        if (width == 0 || now - measuredAt > REMEASURE_NANOS) {
          width = detect();
          measuredAt = now;
        }
        return width;
      }
    };
  }

  /** The width now. */
  public static int detect() {
    return choose(fromTerminal(), System.getenv("COLUMNS"));
  }

  /** The terminal's answer if any, else a positive {@code COLUMNS}, else {@link #FALLBACK}. */
  static int choose(OptionalInt terminal, String columnsEnv) {
    if (terminal.isPresent() && terminal.getAsInt() > 0) {
      return terminal.getAsInt();
    }
    if (columnsEnv != null) {
      try {
        int columns = Integer.parseInt(columnsEnv.strip());
        if (columns > 0) {
          return columns;
        }
      } catch (NumberFormatException e) {
        // not a number: ignored, as shells ignore it
      }
    }
    return FALLBACK;
  }

  /** "rows columns" from {@code stty size}; empty without a controlling terminal or stty. */
  static OptionalInt fromTerminal() {
    File tty = new File("/dev/tty");
    if (!tty.canRead()) {
      return OptionalInt.empty();
    }
    try {
      Process p = ChildEnvironment.clean(new ProcessBuilder("stty", "size")).redirectInput(tty)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(STTY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        return OptionalInt.empty();
      }
      String[] size = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip().split("\\s+");
      return p.exitValue() == 0 && size.length == 2 ? OptionalInt.of(Integer.parseInt(size[1])) : OptionalInt.empty();
    } catch (IOException | NumberFormatException e) {
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.empty();
    }
  }
}
