package dailypy.runner.graal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where the interpreter's raw stdout/stderr go. The harness captures Python-level output itself;
 * this only catches writes that bypass it (os.write to fd 1), and refuses more than a cap so a
 * flood cannot grow the worker's heap.
 */
final class BoundedOutputStream extends OutputStream {

  private final int limit;
  private int written;
  private volatile boolean exceeded;

  BoundedOutputStream(int limit) {
    this.limit = limit;
  }

  @Override
  public void write(int b) throws IOException {
    count(1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    count(len);
  }

  private void count(int n) throws IOException {
    written += n;
    if (written > limit) {
      exceeded = true;
      throw new IOException("output limit exceeded");
    }
  }

  boolean exceeded() {
    return exceeded;
  }
}
