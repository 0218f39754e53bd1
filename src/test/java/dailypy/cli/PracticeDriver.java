package dailypy.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import picocli.CommandLine;

/**
 * Drives {@code tutor practice} through its real entry (picocli, the config file, the SQLite
 * database and the answer folder in a temporary directory), with stdin and stdout as streams.
 */
final class PracticeDriver {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

  private final Path dir;
  private final RunnerSource runners;

  PracticeDriver(Path dir) {
    this(dir, SharedRunner.source());
  }

  PracticeDriver(Path dir, RunnerSource runners) {
    this.dir = dir;
    this.runners = runners;
  }

  record Run(int exit, String out) {}

  Path answers() {
    return dir.resolve("answers");
  }

  Path database() {
    return dir.resolve("tutor.db");
  }

  /** Practice with {@code stdin} piped in, until it exits. */
  Run run(String stdin, String... args) throws IOException {
    return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, args);
  }

  /** Practice reading {@code in} as a terminal ({@code terminal}) or a pipe, until it exits. */
  Run run(InputStream in, boolean terminal, String... args) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit = command(in, bytes, terminal).execute(withDefaults(args));
    return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
  }

  /** A session running on its own thread, fed through {@link Live#type}. */
  Live start(String... args) throws IOException {
    return new Live(args);
  }

  CommandLine command(InputStream in, ByteArrayOutputStream bytes, boolean terminal) throws IOException {
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    return new CommandLine(new PracticeCommand(runners, in, out, CLOCK, terminal));
  }

  private String[] withDefaults(String... args) throws IOException {
    Path config = dir.resolve("tutor.yaml");
    Files.writeString(config, "progress:\n  database: " + database() + "\n");
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--config", config.toString()));
    if (!all.contains("--answers") && !all.contains("--no-files")) {
      all.addAll(List.of("--answers", answers().toString()));
    }
    return all.toArray(String[]::new);
  }

  /** A practice session on a thread, with a keyboard the test types on. */
  final class Live implements AutoCloseable {
    private final java.io.PipedOutputStream keyboard = new java.io.PipedOutputStream();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicInteger exit = new AtomicInteger(Integer.MIN_VALUE);
    private final Thread thread;

    private Live(String... args) throws IOException {
      java.io.PipedInputStream stdin = new java.io.PipedInputStream(keyboard, 1 << 16);
      CommandLine command = command(stdin, bytes, false);
      String[] all = withDefaults(args);
      thread = new Thread(() -> exit.set(command.execute(all)), "practice-under-test");
      thread.setDaemon(true);
      thread.start();
    }

    String out() {
      return bytes.toString(StandardCharsets.UTF_8);
    }

    void type(String text) throws IOException {
      keyboard.write(text.getBytes(StandardCharsets.UTF_8));
      keyboard.flush();
    }

    /** Waits (at most {@code seconds}) until the output satisfies {@code test}; true if it did. */
    boolean awaitOut(Predicate<String> test, int seconds) throws InterruptedException {
      for (int i = 0; i < seconds * 10; i++) {
        if (test.test(out())) {
          return true;
        }
        Thread.sleep(100);
      }
      return test.test(out());
    }

    /** Ends the input and waits for the session; its exit code. */
    int finish() throws IOException, InterruptedException {
      keyboard.close();
      thread.join(60_000);
      return exit.get();
    }

    @Override
    public void close() throws IOException, InterruptedException {
      if (thread.isAlive()) {
        finish();
      }
    }
  }
}
