package dailypy.runner.graal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dailypy.runner.HarnessReply;
import dailypy.runner.HarnessRequests;
import dailypy.runner.Limits;
import dailypy.runner.RunRequest;
import dailypy.runner.TestSpec;
import dailypy.verdict.Verdict;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.management.NotificationEmitter;

/**
 * A worker process: one warm GraalPy engine, a fresh context per submission, requests and replies
 * as JSON lines on stdin/stdout. It lives in its own JVM because some guest code (huge integer
 * arithmetic, allocation storms) ignores cancellation and can only be stopped by killing the
 * process; the pool does that and starts a replacement.
 */
public final class WorkerMain {

  /**
   * The guest thread's stack. GraalPy ignores sys.setrecursionlimit and raises RecursionError
   * only when this stack overflows, so its size is the recursion limit: 16 MiB reaches about
   * 3,800 frames (CPython stops at 1,000; 8 MiB already reaches 1,860 and runs a memoised
   * fib(990) and a 990-deep chain of constructors). A bigger stack only makes endless recursion
   * expensive: at 64 MiB each overflow took 15,000 frames and 0.4–0.8 s of CPU, so a recursion
   * bomb's verdict hung on how fast the JIT warmed up (TIMEOUT on a loaded machine).
   */
  static final long GUEST_STACK_BYTES = 16L << 20;
  private static final long CANCEL_GRACE_MILLIS = 2000;
  private static final double MEMORY_THRESHOLD = 0.80;
  private static final double SUBMISSION_SHARE = 0.25;
  private static final double RETIRE_SHARE = 0.60;
  /** Collect while idle only above this share of the old generation. */
  private static final double IDLE_COLLECT_SHARE = 0.70;

  private final ObjectMapper json = new ObjectMapper();
  private final PrintStream protocol;
  private final GraalSandbox sandbox = new GraalSandbox();
  private final ExecutorService guest = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(null, r, "guest", GUEST_STACK_BYTES);
    this.guestThreadId = t.threadId();
    return t;
  });
  private static final long POLL_MILLIS = 5;
  /**
   * Set for the answer-key worker, which never runs user code: its one context serves every
   * session (a fresh context per expected-value request cost a second each).
   */
  static final String TRUSTED_PROPERTY = "dailypy.worker.trusted";
  private static final boolean TRUSTED = Boolean.getBoolean(TRUSTED_PROPERTY);
  private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private volatile long guestThreadId;
  private volatile long taskStartCpu;
  private volatile boolean taskRunning;
  /** CPU and wall time of the user's code in the current session. */
  private volatile long sessionCpuNanos;
  private long sessionWallNanos;
  /** Set once the session's interpreter was stopped: every later message gets this reply. */
  private HarnessReply sessionStopped;
  private String cleanFingerprint;
  private volatile GraalSandbox.Prepared current;
  private volatile boolean memoryExceeded;
  /** Old-generation live data when the current submission started. */
  private volatile long baselineBytes;
  private volatile long idleBaselineBytes;
  private MemoryPoolMXBean oldGen;
  private volatile boolean requestWaiting;
  private volatile Future<GraalSandbox.Prepared> next;

  private WorkerMain(PrintStream protocol) {
    this.protocol = protocol;
  }

  public static void main(String[] args) throws Exception {
    // Only the protocol may write to the real stdout; anything else (library logging) goes to
    // stderr so it cannot corrupt a reply.
    PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    System.setOut(System.err);
    new WorkerMain(protocol).serve();
  }

  private void serve() throws Exception {
    watchMemory();
    prepareNext();
    warmUp();
    protocol.println("{\"ready\":true}");
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
        StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode message = json.readTree(line);
      pendingId = message.path("id").asLong();
      if (message.path("op").asText().equals("end")) {
        boolean retire = endSession();
        protocol.println(json.writeValueAsString(json.createObjectNode()
            .put("id", pendingId).put("kind", "ended").put("retire", retire)));
        if (retire) {
          break;
        }
        continue;
      }
      HarnessReply reply = handle(message.path("request").asText(),
          message.path("cpuMillis").asLong(5000), message.path("wallMillis").asLong(15000));
      protocol.println(json.writeValueAsString(encode(pendingId, reply)
          .put("cpuNanos", sessionCpuNanos)));
    }
    guest.shutdownNow();
    Runtime.getRuntime().halt(0);
  }

  /**
   * Throws the session's interpreter away and starts readying the next one in the background;
   * its canary is checked when the next session takes it.
   *
   * @return whether this worker must be replaced (memory)
   */
  private boolean endSession() {
    if (TRUSTED && sessionStopped == null && !memoryExceeded) {
      sessionCpuNanos = 0;
      sessionWallNanos = 0;
      return false;
    }
    GraalSandbox.Prepared finished = current;
    current = null;
    HarnessReply last = sessionStopped;
    sessionStopped = null;
    sessionCpuNanos = 0;
    sessionWallNanos = 0;
    if (finished != null) {
      guest.submit(finished::cancel);
    }
    if (memoryExceeded) {
      guest.submit(System::gc);
      memoryExceeded = false;
    }
    if (finished != null) {
      prepareNext();
    }
    return shouldRetire(last);
  }

  /**
   * A worker whose heap holds too much after a submission (a memory bomb, or what a shared
   * engine keeps over thousands of contexts) asks to be replaced, so the next user starts clean
   * instead of being blamed for memory they did not use.
   */
  private boolean shouldRetire(HarnessReply reply) {
    if (reply instanceof HarnessReply.Stopped s && s.verdict() == Verdict.MEMORY_LIMIT) {
      return true;
    }
    return oldGen != null && oldGen.getCollectionUsage() != null
        && oldGen.getCollectionUsage().getUsed() > oldGen.getUsage().getMax() * RETIRE_SHARE;
  }

  /**
   * While idle, collects and records the live data the worker holds before the next submission,
   * so the memory watchdog measures what a submission adds, not what earlier ones left behind.
   */
  private void measureIdleBaseline() {
    if (oldGen != null && !requestWaiting) {
      // A full collection of the heap takes a few hundred milliseconds, and the next user
      // would wait for it; only a heap that is filling up is worth it. Without one, the
      // baseline includes garbage, which errs towards not blaming a submission (and a blamed
      // one is confirmed on a fresh worker anyway).
      if (oldGen.getUsage().getUsed() > oldGen.getUsage().getMax() * IDLE_COLLECT_SHARE) {
        System.gc();
      }
      idleBaselineBytes = oldGen.getUsage().getUsed();
    }
  }

  /**
   * Runs one message of the session in its interpreter. The user's CPU time (the guest thread's,
   * summed over the session) is held to cpuMillis; a wall-time backstop catches code that
   * sleeps or blocks. Time spent waiting for a context or for the CPU never counts.
   */
  private HarnessReply handle(String request, long cpuMillis, long wallMillis) throws Exception {
    if (sessionStopped != null) {
      return sessionStopped;
    }
    if (current == null) {
      memoryExceeded = false;
      if (oldGen != null && oldGen.getCollectionUsage() != null) {
        // The fresher of the two: an idle-time measurement, or the last collection's.
        baselineBytes = Math.max(idleBaselineBytes, oldGen.getCollectionUsage().getUsed());
        idleBaselineBytes = 0;
      }
      requestWaiting = true;
      current = next.get();
      next = null;
      requestWaiting = false;
      if (!current.canaryPassed()) {
        // Engine code shared with earlier sessions no longer behaves as it did: no user code
        // runs here again. The pool replaces this worker and sends the message elsewhere.
        System.err.println("worker: the canary failed; retiring this worker");
        protocol.println(json.writeValueAsString(json.createObjectNode()
            .put("id", pendingId).put("kind", "tainted")));
        protocol.flush();
        Runtime.getRuntime().halt(0);
      }
    }
    GraalSandbox.Prepared prepared = current;
    Future<HarnessReply> run = guest.submit(() -> {
      taskStartCpu = guestCpuNanos();
      taskRunning = true;
      try {
        return prepared.call(request);
      } finally {
        taskRunning = false;
        sessionCpuNanos += guestCpuNanos() - taskStartCpu;
      }
    });
    long started = System.nanoTime();
    HarnessReply reply = null;
    while (reply == null) {
      try {
        reply = run.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        long cpu = sessionCpuNanos + (taskRunning ? guestCpuNanos() - taskStartCpu : 0);
        long wall = sessionWallNanos + System.nanoTime() - started;
        if (cpu > TimeUnit.MILLISECONDS.toNanos(cpuMillis)
            || wall > TimeUnit.MILLISECONDS.toNanos(wallMillis) || memoryExceeded) {
          reply = stop(prepared, run, cpuMillis);
        }
      }
    }
    sessionWallNanos += System.nanoTime() - started;
    if (memoryExceeded) {
      reply = memoryReply();
    }
    if (reply instanceof HarnessReply.Stopped) {
      sessionStopped = reply;
    }
    return reply;
  }

  private HarnessReply stop(GraalSandbox.Prepared prepared, Future<HarnessReply> run,
      long cpuMillis) throws Exception {
    prepared.cancel();
    try {
      run.get(CANCEL_GRACE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException stuck) {
      // The guest ignores cancellation (e.g. one huge bignum operation). Answer, then die;
      // the pool starts a fresh worker.
      sendAndHalt(memoryExceeded ? memoryReply() : timeout(cpuMillis));
    } catch (java.util.concurrent.ExecutionException ignored) {
      // the cancelled task ended with an error; the verdict is the timeout
    }
    return memoryExceeded ? memoryReply() : timeout(cpuMillis);
  }

  private long guestCpuNanos() {
    long id = guestThreadId;
    long cpu = id == 0 ? -1 : threads.getThreadCpuTime(id);
    return cpu < 0 ? System.nanoTime() : cpu;  // no CPU clock: fall back to wall time
  }

  private static HarnessReply timeout(long cpuMillis) {
    return HarnessReply.Stopped.of(Verdict.TIMEOUT,
        "Your code used more than " + cpuMillis / 1000.0 + " s of CPU time.");
  }

  private long pendingId;

  private void sendAndHalt(HarnessReply reply) {
    try {
      protocol.println(json.writeValueAsString(encode(pendingId, reply)));
    } catch (Exception ignored) {
      // the pool treats a dead worker without a reply as a timeout anyway
    }
    protocol.flush();
    Runtime.getRuntime().halt(0);
  }

  private static HarnessReply memoryReply() {
    return HarnessReply.Stopped.of(Verdict.MEMORY_LIMIT, "Your code used too much memory.");
  }

  private void prepareNext() {
    Future<GraalSandbox.Prepared> prepared = guest.submit(() -> {
      GraalSandbox.Prepared p = sandbox.prepare(64 * 1024);
      p.runCanary(cleanFingerprint);
      return p;
    });
    next = prepared;
    // While nobody is waiting, also load what unittest-style gradings need; a request that
    // arrives first skips this and pays for the import itself.
    guest.submit(() -> {
      if (!requestWaiting && next == prepared) {
        try {
          prepared.get().preload();
          measureIdleBaseline();
        } catch (Exception ignored) {
          // a failed preload only costs the next request the import time
        }
      }
    });
  }

  private ObjectNode encode(long id, HarnessReply reply) {
    ObjectNode node = json.createObjectNode();
    node.put("id", id);
    switch (reply) {
      case HarnessReply.Completed c -> node.put("kind", "completed").put("json", c.json());
      case HarnessReply.Stopped s -> node.put("kind", "stopped")
          .put("verdict", s.verdict().name()).put("message", s.message()).put("rule", s.rule());
    }
    return node;
  }

  /** Cancels the running context when live data in the old generation nears the heap cap. */
  private void watchMemory() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      // Only the old generation says something about live data; young pools fill and empty
      // all the time.
      boolean oldGen = pool.getName().contains("Old") || pool.getName().contains("Tenured");
      if (oldGen && pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
          && pool.getUsage().getMax() > 0) {
        pool.setCollectionUsageThreshold((long) (pool.getUsage().getMax() * MEMORY_THRESHOLD));
        this.oldGen = pool;
      }
    }
    NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
    emitter.addNotificationListener((notification, handback) -> {
      String type = notification.getType();
      if (type.equals(MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED)) {
        GraalSandbox.Prepared running = current;
        MemoryNotificationInfo info = MemoryNotificationInfo.from(
            (javax.management.openmbean.CompositeData) notification.getUserData());
        // Blame the submission only for what it added since it started; a heap that was already
        // full is the worker's problem and is handled by retiring the worker.
        long grown = info.getUsage().getUsed() - baselineBytes;
        if (running != null && grown > info.getUsage().getMax() * SUBMISSION_SHARE) {
          memoryExceeded = true;
          running.cancel();
        }
      }
    }, null, null);
  }

  /**
   * Runs a few gradings so the first real user does not pay for a cold interpreter. The first
   * context's canary fingerprint, taken before any user code ran on this engine, is the one
   * every later context must reproduce.
   */
  private void warmUp() throws Exception {
    cleanFingerprint = next.get().canaryFingerprint();
    String load = HarnessRequests.load(new RunRequest("def add(a, b):\n    return a + b\n",
        new TestSpec.Cases(List.of()), List.of(), Limits.DEFAULT, java.util.Set.of()), null);
    String unittestLoad = HarnessRequests.load(new RunRequest(
        "def add(a, b):\n    return a + b\n", new TestSpec.Unittest(""), List.of(),
        Limits.DEFAULT, java.util.Set.of()), null);
    String unittest = HarnessRequests.tests("import unittest\nfrom solution import add\n"
        + "class T(unittest.TestCase):\n    def test_add(self):\n"
        + "        self.assertEqual(add(1, 2), 3)\n", "w");
    for (int i = 0; i < 2; i++) {
      handle(load, 30_000, 60_000);
      handle(HarnessRequests.testCase("add(1, 2)", "w"), 30_000, 60_000);
      handle(HarnessRequests.finish("w"), 30_000, 60_000);
      endSession();
      handle(unittestLoad, 30_000, 60_000);
      handle(unittest, 30_000, 60_000);
      endSession();
    }
  }
}
