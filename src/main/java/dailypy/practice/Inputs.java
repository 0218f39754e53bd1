package dailypy.practice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * One stream of {@link Input}s from the keyboard (or a pipe) and the watched answer files.
 *
 * <p>From a pipe, a daemon thread reads ahead, and the end of input is for good: every later
 * {@link #next} is {@link Input.End} too. From a terminal, a daemon thread reads exactly one line
 * each time the session asks for input, and nothing in between: a read left waiting on the
 * terminal would steal keystrokes from {@code $EDITOR} (which runs only after a typed line, when
 * no read is waiting) or swallow the command typed after the session ends. Ctrl-D at a terminal
 * is one {@link Input.End}; the terminal can still be read after it.
 */
public final class Inputs implements AutoCloseable {
  private final BlockingQueue<Input> queue = new LinkedBlockingQueue<>(256);
  private final BufferedReader reader;
  private final boolean terminal;
  /** Terminal only: one permit per line the session wants read. */
  private final Semaphore lineWanted = new Semaphore(0);
  /** Terminal only, session thread only: a line was asked for and has not arrived yet. */
  private boolean lineAsked;
  /** Pipe only: the input has ended, for good. */
  private volatile boolean ended;
  private volatile boolean closed;

  private Inputs(InputStream in, boolean terminal) {
    this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    this.terminal = terminal;
    Thread t = new Thread(terminal ? this::readWhenAsked : this::readAhead,
        terminal ? "practice-keyboard" : "practice-stdin");
    t.setDaemon(true);
    t.start();
  }

  /** Lines from a pipe or file, read ahead on a thread; the end of input is final. */
  public static Inputs fromPipe(InputStream in) {
    return new Inputs(in, false);
  }

  /** Lines typed at a terminal, each read only when the session waits for one; Ctrl-D is an {@link Input.End}. */
  public static Inputs fromTerminal(InputStream in) {
    return new Inputs(in, true);
  }

  /** True when an {@link Input.End} means no more input will come (a pipe), false for Ctrl-D at a terminal. */
  public boolean endIsFinal() {
    return !terminal;
  }

  /** Adds an input from elsewhere (the file watcher); dropped if the user is far behind. */
  public void offer(Input input) {
    queue.offer(input);
  }

  /** The next input, waiting as long as it takes. */
  public Input next() throws InterruptedException {
    if (ended || closed) {
      return new Input.End();
    }
    if (terminal && !lineAsked) {
      lineAsked = true;
      lineWanted.release();
    }
    Input input = queue.take();
    if (input instanceof Input.Line || input instanceof Input.End) {
      lineAsked = false;
    }
    if (input instanceof Input.End && !terminal) {
      ended = true;
    }
    return input;
  }

  private void readAhead() {
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

  private void readWhenAsked() {
    try {
      while (!closed) {
        lineWanted.acquire();
        String line;
        try {
          line = reader.readLine();
        } catch (IOException e) {
          line = null;  // an unreadable terminal is answered like Ctrl-D
        }
        queue.put(line == null ? new Input.End() : new Input.Line(line));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed = true;
  }
}
