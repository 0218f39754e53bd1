package dailypy.runner.cpython;

import com.fasterxml.jackson.databind.ObjectMapper;
import dailypy.runner.ChildEnvironment;
import dailypy.runner.GraderFailure;
import dailypy.runner.HarnessReply;
import dailypy.runner.TextTail;
import dailypy.verdict.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sandboxed {@code python3 -I} running the driver, started and waited for until the driver
 * has loaded the harness (and imported the required packages) and said READY. It then waits for
 * its CPU limit ({@link #begin}), the moment the user's clock starts, and then for harness
 * messages. Used by exactly one conversation, then killed.
 */
final class SandboxedProcess {

  private static final Logger LOG = LoggerFactory.getLogger(SandboxedProcess.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Queued by the stdout reader when the process's stdout ends. */
  static final String EOF = "\u0000eof";
  private static final int MAX_LINE_CHARS = 8 << 20;
  private static final int MAX_STDERR_BYTES = 64 << 10;

  private final Process process;
  private final String marker;
  private final BlockingQueue<String> lines;
  private final TextTail stderr;
  private final OutputStream stdin;
  private final long startedNanos;

  /** Takes over a just-started process: its driver lines, its stderr's tail and its stdin. */
  private SandboxedProcess(Process process, String marker) {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    Thread.ofPlatform().daemon().start(() -> pumpLines(process.getInputStream(), queue, marker));
    this.process = process;
    this.marker = marker;
    this.lines = queue;
    this.stderr = TextTail.follow(process.getErrorStream(), MAX_STDERR_BYTES, "cpython-err-" + process.pid());
    this.stdin = process.getOutputStream();
    this.startedNanos = System.nanoTime();
  }

  /** A started process, or why there is none (an ERROR for the operator, or how it ended). */
  record Launch(SandboxedProcess process, HarnessReply.Stopped failure) {}

  /**
   * Starts the interpreter and waits until its driver is READY.
   *
   * @param cpuCap RLIMIT_CPU of the whole process until {@link #begin} lowers it: covers the
   *     start-up and must be at least any limit {@code begin} will set
   * @param requires packages the driver imports and prepares before READY
   */
  static Launch start(SandboxCommand sandbox, Duration cpuCap, List<String> requires,
      SecureRandom random, long graceMillis) throws InterruptedException {
    String marker = "@@" + HexFormat.of().formatHex(random.generateSeed(16)) + "@@";
    List<String> command = sandbox.command(cpuCap);
    Process p;
    try {
      p = ChildEnvironment.clean(new ProcessBuilder(command)).start();
    } catch (IOException e) {
      return new Launch(null, grader("cannot start " + command.get(0) + ": " + e.getMessage()));
    }
    SandboxedProcess sp = new SandboxedProcess(p, marker);
    boolean ok = false;
    try {
      sp.write(marker + "\n" + JSON.writeValueAsString(requires) + "\n");
      long deadline = System.nanoTime()
          + TimeUnit.MILLISECONDS.toNanos(CPythonBackend.STARTUP_ALLOWANCE_MILLIS);
      String ready = marker + "READY";
      while (System.nanoTime() < deadline) {
        String line = sp.poll(20);
        if (ready.equals(line)) {
          ok = true;
          return new Launch(sp, null);
        }
        if (EOF.equals(line)) {
          return new Launch(null, sp.ended(false, graceMillis));
        }
      }
      return new Launch(null, grader("python did not start within "
          + CPythonBackend.STARTUP_ALLOWANCE_MILLIS + " ms"));
    } catch (IOException e) {
      return new Launch(null, sp.ended(false, graceMillis));
    } finally {
      if (!ok) {
        sp.kill(graceMillis);
      }
    }
  }

  /**
   * Starts the user's run: the driver lowers RLIMIT_CPU to {@code cpuSeconds} beyond the CPU it
   * has used so far (so the backstop counts from here, not from the process's start) and
   * confirms, so a process that died while it waited is known before any user code is sent.
   *
   * @return the process tree's CPU time just before, from which the user's time is counted
   * @throws IOException if the process ended (or hung) instead of confirming
   */
  long begin(long cpuSeconds) throws IOException, InterruptedException {
    long cpu = treeCpuNanos();
    write(cpuSeconds + "\n");
    String begun = marker + "BEGUN";
    long deadline = System.nanoTime()
        + TimeUnit.MILLISECONDS.toNanos(CPythonBackend.STARTUP_ALLOWANCE_MILLIS);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(20, TimeUnit.MILLISECONDS);
      if (begun.equals(line)) {
        return cpu;
      }
      if (EOF.equals(line)) {
        throw new IOException("python ended before the submission began");
      }
    }
    throw new IOException("python did not confirm the submission's start");
  }

  void write(String text) throws IOException {
    stdin.write(text.getBytes(StandardCharsets.UTF_8));
    stdin.flush();
  }

  /** The next driver line (behind the marker), EOF, or null after the timeout. */
  String poll(long millis) throws InterruptedException {
    return lines.poll(millis, TimeUnit.MILLISECONDS);
  }

  String marker() {
    return marker;
  }

  long pid() {
    return process.pid();
  }

  /** Alive, and its stdout still open (a driver that ended may leave bwrap alive a moment). */
  boolean alive() {
    return process.isAlive() && !lines.contains(EOF);
  }

  long ageNanos() {
    return System.nanoTime() - startedNanos;
  }

  Process process() {
    return process;
  }

  /**
   * Why the process ended without a reply. Before the driver was ready only the sandbox itself
   * can have failed (an ERROR for the operator); after it, stderr is the user's text and the
   * exit status alone decides, never an ERROR.
   */
  HarnessReply.Stopped ended(boolean userCodeRan, long graceMillis) throws InterruptedException {
    process.waitFor(graceMillis, TimeUnit.MILLISECONDS);
    int exit = process.isAlive() ? 137 : process.exitValue();
    String err = stderr.text();
    if (!userCodeRan) {
      HarnessReply.Stopped s = ExitClassifier.classify(exit, err);
      return s.verdict() == Verdict.ERROR ? grader(s.message()) : s;
    }
    return ExitClassifier.classifyUserExit(exit, err);
  }

  /** CPU time of the process and everything it started, as the kernel counts it. */
  long treeCpuNanos() {
    ProcessHandle root = process.toHandle();
    long total = root.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    try {
      total += root.descendants().mapToLong(h -> h.info().totalCpuDuration()
          .map(Duration::toNanos).orElse(0L)).sum();
    } catch (RuntimeException ignored) {
      // a process that ended while listed
    }
    return total;
  }

  void kill(long graceMillis) {
    // bwrap is the direct child; killing it kills the sandbox's PID namespace with it. What was
    // inside dies with it but is reaped by the host's init, so it is not waited for here.
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(graceMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Kills it like {@link #kill} and then waits (bounded) until nothing of the sandbox runs any
   * more: when the backend closes, what it started must be gone.
   */
  void killAndWait(long graceMillis) {
    List<ProcessHandle> inside = process.descendants().toList();
    kill(graceMillis);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
    try {
      while (inside.stream().anyMatch(SandboxedProcess::running) && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Alive and not a zombie. What ran inside a killed sandbox is reparented to the host's init,
   * which reaps it when it gets to it; a zombie runs nothing.
   */
  static boolean running(ProcessHandle h) {
    if (!h.isAlive()) {
      return false;
    }
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc",
          Long.toString(h.pid()), "stat"));
      return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
    } catch (IOException | RuntimeException e) {
      return false;  // gone
    }
  }

  static HarnessReply.Stopped grader(String detail) {
    return HarnessReply.Stopped.of(Verdict.ERROR,
        GraderFailure.report(LOG, "the cpython backend", detail));
  }

  private static void pumpLines(InputStream in, BlockingQueue<String> lines, String marker) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        // Only the driver's lines matter; anything else on fd 1 is the user's and is dropped.
        if (line.startsWith(marker) && line.length() <= MAX_LINE_CHARS) {
          lines.add(line);
        }
      }
    } catch (IOException ignored) {
      // the process ended
    }
    lines.add(EOF);
  }
}
