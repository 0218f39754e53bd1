package dailypy.runner.cpython;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dailypy.runner.GraderFailure;
import dailypy.runner.HarnessBackend;
import dailypy.runner.HarnessReply;
import dailypy.runner.HarnessRequests;
import dailypy.runner.Limits;
import dailypy.runner.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the shared harness in a fresh host CPython process per request, inside the sandbox that
 * {@link SandboxCommand} describes. At most {@code maxParallel} processes run at once; up to
 * {@code queueCapacity} more wait, and beyond that the caller gets BUSY.
 *
 * <p>The result travels on stdout behind a random marker that user code never sees (the driver
 * keeps it in a function local, and frames are out of reach of user code), so printing a fake
 * result does not work; user output is captured by the harness and never reaches stdout.
 */
public final class CPythonBackend implements HarnessBackend {

  private static final Logger LOG = LoggerFactory.getLogger(CPythonBackend.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads the marker and request, runs the harness, writes the result through a saved fd. */
  static final String DRIVER = String.join("\n",
      "import json, os, sys",
      "",
      "def main(write=os.write, stdout_fd=1, exit_now=os._exit):",
      "    marker = sys.stdin.readline().strip()",
      "    request = sys.stdin.read()",
      "    with open(sys.argv[1], encoding='utf-8') as f:",
      "        source = f.read()",
      "",
      "    def emit(text):",
      "        data = ('\\n' + marker + text + '\\n').encode('utf-8')",
      "        while data:",
      "            data = data[write(stdout_fd, data):]",
      "",
      "    try:",
      "        ns = {'__name__': 'harness'}",
      "        exec(compile(source, 'harness.py', 'exec'), ns)",
      "        grade = ns['grade']",
      "        # Import and set up the required packages (a probe runs no user code) before the",
      "        # wall clock starts: a slow import of pandas or django.setup() is not the user's time.",
      "        requires = json.loads(request).get('requires') or []",
      "        if requires:",
      "            grade(json.dumps({'mode': 'probe', 'packages': requires, 'versions': False,",
      "                              'prepare': True}))",
      "        emit('READY')",
      "        result = grade(request)",
      "    except MemoryError:",
      "        result = '{\"status\": \"memory_limit\"}'",
      "    except BaseException as e:",
      "        result = json.dumps({'internal_error': type(e).__name__ + ': ' + str(e)[:500]})",
      "    emit('RESULT' + result)",
      "    exit_now(0)  # no interpreter shutdown (slow with pandas loaded), no user atexit hooks",
      "",
      "main()",
      "");
  private static final int MAX_STDOUT_BYTES = 8 << 20;
  private static final int MAX_STDERR_BYTES = 64 << 10;
  /** Time to start Python and import the required packages, before the wall time starts. */
  static final long STARTUP_ALLOWANCE_MILLIS = 30_000;

  private final SandboxCommand sandbox;
  private final long graceMillis;
  private final Semaphore slots;
  private final int capacity;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final SecureRandom random = new SecureRandom();

  CPythonBackend(SandboxCommand sandbox, int maxParallel, int queueCapacity, long graceMillis) {
    this.sandbox = sandbox;
    this.graceMillis = graceMillis;
    this.slots = new Semaphore(maxParallel, true);
    this.capacity = maxParallel + queueCapacity;
  }

  /**
   * A backend with no sandbox, for trusted code only (benchmarking the harness itself).
   *
   * @param python the interpreter's path
   * @param workDir where the harness and driver files are written
   */
  public static CPythonBackend unsandboxed(String python, Path workDir) {
    writeHarness(workDir);
    SandboxCommand command = new SandboxCommand(CPythonConfig.defaults(), Isolation.NONE,
        workDir, python, HostTools.find("prlimit"), null, false);
    return new CPythonBackend(command, 1, 1024, 2000);
  }

  /** Writes harness.py and driver.py into dir, readable by everyone (the sandbox is nobody). */
  static void writeHarness(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      for (var file : List.of(List.of("harness.py", HarnessRequests.harnessSource()),
          List.of("driver.py", DRIVER))) {
        Path p = dir.resolve(file.get(0));
        Files.writeString(p, file.get(1));
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the harness to " + dir, e);
    }
  }

  Isolation isolation() {
    return sandbox.isolation();
  }

  @Override
  public HarnessReply execute(String requestJson, Limits limits) {
    try {
      if (inFlight.incrementAndGet() > capacity) {
        return HarnessReply.Stopped.of(Verdict.BUSY,
            "The grader is busy right now; please try again in a minute.");
      }
      slots.acquire();
      try {
        return runOnce(requestJson, limits);
      } finally {
        slots.release();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return HarnessReply.Stopped.of(Verdict.ERROR, "interrupted");
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private HarnessReply runOnce(String requestJson, Limits limits) {
    String marker = "@@result-" + HexFormat.of().formatHex(random.generateSeed(16)) + "@@";
    List<String> command = sandbox.command(limits.wallTime());
    Process process;
    try {
      process = dailypy.runner.ChildEnvironment.clean(new ProcessBuilder(command)).start();
    } catch (IOException e) {
      return grader("cannot start " + command.get(0) + ": " + e.getMessage());
    }
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    CountDownLatch ready = new CountDownLatch(1);
    byte[] readyLine = (marker + "READY").getBytes(StandardCharsets.UTF_8);
    try {
      Thread outReader = Thread.ofPlatform().daemon().start(
          () -> drain(process.getInputStream(), stdout, MAX_STDOUT_BYTES, readyLine, ready));
      Thread errReader = Thread.ofPlatform().daemon().start(
          () -> drain(process.getErrorStream(), stderr, MAX_STDERR_BYTES, null, null));
      try (OutputStream in = process.getOutputStream()) {
        in.write((marker + "\n").getBytes(StandardCharsets.UTF_8));
        in.write(requestJson.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // the process died before reading its request; its exit status says why
      }
      if (!awaitReady(process, ready)) {
        process.destroyForcibly().waitFor(graceMillis, TimeUnit.MILLISECONDS);
        return grader("python did not start within " + STARTUP_ALLOWANCE_MILLIS + " ms");
      }
      long wall = limits.wallTime().toMillis();
      if (!process.waitFor(wall, TimeUnit.MILLISECONDS)) {
        // bwrap is the direct child; killing it kills the sandbox's PID namespace with it.
        process.destroyForcibly().waitFor(graceMillis, TimeUnit.MILLISECONDS);
        return HarnessReply.Stopped.of(Verdict.TIMEOUT,
            "Your code took longer than " + wall / 1000.0 + " s.");
      }
      outReader.join(graceMillis);
      errReader.join(graceMillis);
      String text = read(stdout);
      String resultMarker = marker + "RESULT";
      int at = text.lastIndexOf(resultMarker);
      if (at < 0) {
        HarnessReply.Stopped stopped = ExitClassifier.classify(process.exitValue(), read(stderr));
        return stopped.verdict() == Verdict.ERROR ? grader(stopped.message()) : stopped;
      }
      return completed(text.substring(at + resultMarker.length()).strip(), read(stderr));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return HarnessReply.Stopped.of(Verdict.ERROR, "interrupted");
    }
  }

  private HarnessReply completed(String json, String stderr) {
    try {
      JsonNode root = JSON.readTree(json);
      if (root.has("internal_error")) {
        return grader("harness failed: " + root.path("internal_error").asText() + " / "
            + stderr.strip());
      }
    } catch (IOException e) {
      return grader("unreadable harness answer: " + e.getMessage());
    }
    return new HarnessReply.Completed(json);
  }

  /** A failure of the grader itself: logged with a reference the user can quote. */
  private static HarnessReply grader(String detail) {
    return HarnessReply.Stopped.of(Verdict.ERROR, GraderFailure.report(LOG, "the cpython backend", detail));
  }

  private static String read(ByteArrayOutputStream sink) {
    synchronized (sink) {
      return sink.toString(StandardCharsets.UTF_8);
    }
  }

  /**
   * Waits until the driver says it has imported the required packages (or the process ended):
   * the wall-time limit starts then, so a slow import on a busy host is not the user's time.
   * User code runs only after that line, so it cannot move the start of its own clock.
   */
  private static boolean awaitReady(Process process, CountDownLatch ready)
      throws InterruptedException {
    long deadline = System.nanoTime() + STARTUP_ALLOWANCE_MILLIS * 1_000_000;
    while (!ready.await(20, TimeUnit.MILLISECONDS)) {
      if (!process.isAlive()) {
        return true;
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
    }
    return true;
  }

  private static void drain(InputStream in, ByteArrayOutputStream sink, int cap,
      byte[] signal, CountDownLatch signalled) {
    byte[] buffer = new byte[8192];
    try (in) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        synchronized (sink) {
          if (sink.size() < cap) {
            sink.write(buffer, 0, Math.min(n, cap - sink.size()));
          }
          if (signalled != null && signalled.getCount() > 0
              && contains(sink.toByteArray(), signal)) {
            signalled.countDown();
          }
        }
      }
    } catch (IOException ignored) {
      // the process ended
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Override
  public String name() {
    return "cpython";
  }

  @Override
  public void close() {
    // nothing long-lived: one process per request
  }
}
