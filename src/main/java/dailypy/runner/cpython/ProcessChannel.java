package dailypy.runner.cpython;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dailypy.runner.ChildEnvironment;
import dailypy.runner.GraderFailure;
import dailypy.runner.HarnessChannel;
import dailypy.runner.HarnessReply;
import dailypy.runner.Limits;
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
 * A conversation with sandboxed host-CPython processes: one process per interpreter, started on
 * the first message, with the CPU time of the user's code measured from outside (the process
 * tree's CPU time in /proc, from the moment the driver is ready) and held to the limit.
 */
final class ProcessChannel implements HarnessChannel {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessChannel.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EOF = "\u0000eof";
  private static final long POLL_MILLIS = 10;
  private static final int MAX_LINE_CHARS = 8 << 20;
  private static final int MAX_STDERR_BYTES = 64 << 10;
  /** RLIMIT_CPU is a backstop behind the measured limit; imports count towards it too. */
  private static final Duration RLIMIT_ALLOWANCE = Duration.ofSeconds(10);

  private final SandboxCommand sandbox;
  private final Limits limits;
  private final long graceMillis;
  private final SecureRandom random;
  private Process process;
  private String marker;
  private OutputStream stdin;
  /** The driver's lines of the current process; each process gets its own queue. */
  private BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private TextTail stderr;
  private long cpuAtReady;
  private long earlierNanos;
  private long wallNanos;
  private HarnessReply.Stopped stopped;

  ProcessChannel(SandboxCommand sandbox, Limits limits, long graceMillis, SecureRandom random) {
    this.sandbox = sandbox;
    this.limits = limits;
    this.graceMillis = graceMillis;
    this.random = random;
  }

  @Override
  public HarnessReply send(String messageJson) {
    if (stopped != null) {
      return stopped;
    }
    try {
      if (process == null) {
        HarnessReply.Stopped failed = start(requiresOf(messageJson));
        if (failed != null) {
          return stop(failed);
        }
      }
      stdin.write((messageJson.replace("\n", " ") + "\n").getBytes(StandardCharsets.UTF_8));
      stdin.flush();
    } catch (IOException e) {
      // the process is gone; the wait below classifies how it ended
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return stop(HarnessReply.Stopped.of(Verdict.ERROR, "interrupted"));
    }
    try {
      return awaitReply();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return stop(HarnessReply.Stopped.of(Verdict.ERROR, "interrupted"));
    }
  }

  @Override
  public void restart() {
    if (stopped != null || process == null) {
      return;
    }
    earlierNanos += userCpuNanos();
    kill();
    process = null;
  }

  @Override
  public long cpuNanos() {
    return earlierNanos + (process == null ? 0 : userCpuNanos());
  }

  void close() {
    if (process != null) {
      kill();
    }
  }

  private HarnessReply awaitReply() throws InterruptedException {
    String replyPrefix = marker + "REPLY";
    long started = System.nanoTime();
    long cpuLimit = limits.cpuTime().toNanos();
    long wallLimit = limits.wallBackstop().toNanos();
    while (true) {
      String line = lines.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
      if (line != null && line.startsWith(replyPrefix)) {
        wallNanos += System.nanoTime() - started;
        return new HarnessReply.Completed(line.substring(replyPrefix.length()));
      }
      if (EOF.equals(line)) {
        return stop(ended(true));
      }
      if (cpuNanos() > cpuLimit || wallNanos + System.nanoTime() - started > wallLimit) {
        kill();
        return stop(HarnessReply.Stopped.of(Verdict.TIMEOUT, "Your code used more than "
            + limits.cpuTime().toMillis() / 1000.0 + " s of CPU time."));
      }
    }
  }

  /**
   * Starts the sandboxed interpreter and waits until its driver has imported the required
   * packages: the user's clock starts there.
   *
   * @return why it could not start, or null
   */
  private HarnessReply.Stopped start(List<String> requires)
      throws IOException, InterruptedException {
    marker = "@@" + HexFormat.of().formatHex(random.generateSeed(16)) + "@@";
    List<String> command = sandbox.command(limits.cpuTime().plus(RLIMIT_ALLOWANCE));
    ProcessBuilder builder = ChildEnvironment.clean(new ProcessBuilder(command));
    try {
      process = builder.start();
    } catch (IOException e) {
      return grader("cannot start " + command.get(0) + ": " + e.getMessage());
    }
    Process p = process;
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    lines = queue;
    String prefix = marker;
    Thread.ofPlatform().daemon().start(() -> pumpLines(p.getInputStream(), queue, prefix));
    stderr = TextTail.follow(p.getErrorStream(), MAX_STDERR_BYTES, "cpython-err-" + p.pid());
    stdin = p.getOutputStream();
    stdin.write((marker + "\n" + JSON.writeValueAsString(requires) + "\n")
        .getBytes(StandardCharsets.UTF_8));
    stdin.flush();
    long deadline = System.nanoTime()
        + TimeUnit.MILLISECONDS.toNanos(CPythonBackend.STARTUP_ALLOWANCE_MILLIS);
    String ready = marker + "READY";
    while (System.nanoTime() < deadline) {
      String line = lines.poll(20, TimeUnit.MILLISECONDS);
      if (ready.equals(line)) {
        cpuAtReady = treeCpuNanos(p.toHandle());
        return null;
      }
      if (EOF.equals(line)) {
        return ended(false);
      }
    }
    kill();
    return grader("python did not start within " + CPythonBackend.STARTUP_ALLOWANCE_MILLIS
        + " ms");
  }

  /**
   * Why the process ended without a reply. Before the driver was ready only the sandbox itself
   * can have failed (an ERROR for the operator); after it, stderr is the user's text and the
   * exit status alone decides, never an ERROR.
   */
  private HarnessReply.Stopped ended(boolean userCodeRan) throws InterruptedException {
    process.waitFor(graceMillis, TimeUnit.MILLISECONDS);
    int exit = process.isAlive() ? 137 : process.exitValue();
    String err = stderr.text();
    if (!userCodeRan) {
      HarnessReply.Stopped s = ExitClassifier.classify(exit, err);
      return s.verdict() == Verdict.ERROR ? grader(s.message()) : s;
    }
    return ExitClassifier.classifyUserExit(exit, err);
  }

  private HarnessReply.Stopped stop(HarnessReply.Stopped reason) {
    stopped = reason;
    return reason;
  }

  private long userCpuNanos() {
    Process p = process;
    return p == null ? 0 : Math.max(0, treeCpuNanos(p.toHandle()) - cpuAtReady);
  }

  /** CPU time of a process and everything it started, as the kernel counts it. */
  private static long treeCpuNanos(ProcessHandle root) {
    long total = root.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    try {
      total += root.descendants().mapToLong(h -> h.info().totalCpuDuration()
          .map(Duration::toNanos).orElse(0L)).sum();
    } catch (RuntimeException ignored) {
      // a process that ended while listed
    }
    return total;
  }

  private static List<String> requiresOf(String messageJson) {
    try {
      JsonNode node = JSON.readTree(messageJson);
      return JSON.convertValue(node.path("requires"),
          JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    } catch (IOException | IllegalArgumentException e) {
      return List.of();
    }
  }

  private void kill() {
    Process p = process;
    if (p == null) {
      return;
    }
    // bwrap is the direct child; killing it kills the sandbox's PID namespace with it.
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
    try {
      p.waitFor(graceMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static HarnessReply.Stopped grader(String detail) {
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
