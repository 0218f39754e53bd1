package dailypy.practice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One stream of {@link Input}s from the keyboard (or a pipe) and the watched answer files.
 *
 * <p>From a pipe, a daemon thread reads lines, so the end of input is seen. From a terminal the
 * main thread reads only when a line is ready: a reader thread blocked on the terminal would
 * steal keystrokes from {@code $EDITOR} while it runs.
 */
public final class Inputs implements AutoCloseable {
  private static final long POLL_MILLIS = 100;

  private final BlockingQueue<Input> queue = new LinkedBlockingQueue<>(256);
  private final BufferedReader reader;
  private final boolean terminal;
  private volatile boolean closed;

  private Inputs(InputStream in, boolean terminal) {
    this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    this.terminal = terminal;
    if (!terminal) {
      Thread t = new Thread(this::pump, "practice-stdin");
      t.setDaemon(true);
      t.start();
    }
  }

  /** Lines from a pipe or file, read ahead on a thread; the end of input becomes {@link Input.End}. */
  public static Inputs fromPipe(InputStream in) {
    return new Inputs(in, false);
  }

  /** Lines typed at a terminal, read on the caller's thread when ready. */
  public static Inputs fromTerminal(InputStream in) {
    return new Inputs(in, true);
  }

  /** Adds an input from elsewhere (the file watcher); dropped if the user is far behind. */
  public void offer(Input input) {
    queue.offer(input);
  }

  /** The next input, waiting as long as it takes. */
  public Input next() throws InterruptedException {
    if (!terminal) {
      return queue.take();
    }
    while (!closed) {
      Input queued = queue.poll();
      if (queued != null) {
        return queued;
      }
      if (ready()) {
        String line = readLine();
        return line == null ? new Input.End() : new Input.Line(line);
      }
      queued = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
      if (queued != null) {
        return queued;
      }
    }
    return new Input.End();
  }

  private boolean ready() {
    try {
      return reader.ready();
    } catch (IOException e) {
      return false;
    }
  }

  private String readLine() {
    try {
      return reader.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void pump() {
    try {
      String line;
      while (!closed && (line = reader.readLine()) != null) {
        queue.put(new Input.Line(line));
      }
      queue.put(new Input.End());
    } catch (IOException e) {
      // An unreadable input ends the session like a closed one.
      queue.offer(new Input.End());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed = true;
  }
}
