package dailypy.runner.cpython;

import dailypy.runner.HarnessBackend;
import dailypy.runner.HarnessReply;
import dailypy.runner.HarnessRequests;
import dailypy.runner.Limits;
import dailypy.runner.RefusedChannel;
import dailypy.verdict.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the shared harness in a fresh host CPython process per conversation (pre-started ones
 * when {@link #prestart} was called), inside the sandbox that
 * {@link SandboxCommand} describes. At most {@code maxParallel} processes run at once; up to
 * {@code queueCapacity} more wait, and beyond that the caller gets BUSY.
 *
 * <p>Replies travel on stdout behind a random marker, and each echoes its message's nonce. Both
 * live in the user's interpreter and are no secret from a determined submission: a forged reply
 * is only a claim, which the judge checks like any other.
 */
public final class CPythonBackend implements HarnessBackend {


  /**
   * Reads the marker and the packages to prepare, runs the harness, then answers one message
   * per line of stdin, each reply behind the marker on stdout, written through a saved fd.
   */
  static final String DRIVER = String.join("\n",
      "import json, os, sys",
      "",
      "def limit_cpu(seconds):",
      "    had = 'resource' in sys.modules",
      "    import resource",
      "    used = resource.getrusage(resource.RUSAGE_SELF)",
      "    soft = int(used.ru_utime + used.ru_stime) + 1 + seconds",
      "    _, hard = resource.getrlimit(resource.RLIMIT_CPU)",
      "    if hard != resource.RLIM_INFINITY:",
      "        soft = min(soft, hard - 1)",
      "    resource.setrlimit(resource.RLIMIT_CPU, (soft, soft + 1))",
      "    if not had:",
      "        del sys.modules['resource']",
      "",
      "def main(write=os.write, stdout_fd=1, exit_now=os._exit, stdin=sys.stdin.buffer):",
      "    marker = stdin.readline().decode('utf-8').strip()",
      "    requires = json.loads(stdin.readline().decode('utf-8'))",
      "    with open(sys.argv[1], encoding='utf-8') as f:",
      "        source = f.read()",
      "",
      "    def emit(text):",
      "        data = ('\\n' + marker + text + '\\n').encode('utf-8')",
      "        while data:",
      "            data = data[write(stdout_fd, data):]",
      "",
      "    ns = {'__name__': 'harness'}",
      "    exec(compile(source, 'harness.py', 'exec'), ns)",
      "    handle = ns['handle']",
      "    # Import and set up the required packages (a probe runs no user code) before the",
      "    # clock starts: a slow import of pandas or django.setup() is not the user's time.",
      "    if requires:",
      "        handle(json.dumps({'op': 'probe', 'packages': requires, 'versions': False,",
      "                           'prepare': True}))",
      "    emit('READY')",
      "    # Waits here (pre-started, or just started) until the submission begins: its CPU limit",
      "    # comes first, in seconds, and RLIMIT_CPU counts from now, not from the start.",
      "    seconds = stdin.readline().strip()",
      "    if not seconds:",
      "        exit_now(0)",
      "    limit_cpu(int(seconds))",
      "    emit('BEGUN')",
      "    while True:",
      "        line = stdin.readline()",
      "        if not line:",
      "            break",
      "        emit('REPLY' + handle(line.decode('utf-8')))",
      "    exit_now(0)  # no interpreter shutdown (slow with pandas loaded), no user atexit hooks",
      "",
      "main()",
      "");
  /** Time to start Python and import the required packages, before the wall time starts. */
  static final long STARTUP_ALLOWANCE_MILLIS = 30_000;

  private final SandboxCommand sandbox;
  private final long graceMillis;
  private final Semaphore slots;
  private final int capacity;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final SecureRandom random = new SecureRandom();
  private volatile PrestartedProcesses prestarted;

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
        workDir, python, HostTools.find("prlimit"), null, null);
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
  public <T> T converse(Limits limits, Conversation<T> conversation) {
    try {
      if (inFlight.incrementAndGet() > capacity) {
        return conversation.run(new RefusedChannel(HarnessReply.Stopped.of(Verdict.BUSY,
            "The grader is busy right now; please try again in a minute.")));
      }
      slots.acquire();
      ProcessChannel channel = new ProcessChannel(sandbox, limits, graceMillis, random,
          prestarted);
      try {
        return conversation.run(channel);
      } finally {
        channel.close();
        slots.release();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return conversation.run(new RefusedChannel(HarnessReply.Stopped.of(Verdict.ERROR,
          "interrupted")));
    } finally {
      inFlight.decrementAndGet();
    }
  }

  @Override
  public String name() {
    return "cpython";
  }

  /**
   * Keeps {@code count} sandboxed interpreters started ahead, each for one submission; until
   * this is called (the sandbox probe, the benchmark's bare python3) every interpreter is
   * started fresh when needed.
   */
  synchronized void prestart(int count) {
    if (prestarted == null && count > 0) {
      prestarted = new PrestartedProcesses(sandbox, count, PrestartedProcesses.DEFAULT_MAX_AGE,
          graceMillis, random);
    }
  }

  /** The pre-started interpreters, or null (for tests). */
  PrestartedProcesses prestarted() {
    return prestarted;
  }

  @Override
  public void close() {
    PrestartedProcesses p = prestarted;
    if (p != null) {
      p.close();  // the running conversations kill their own processes
    }
  }
}
