package dailypy.runner.graal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dailypy.runner.HarnessReply;
import dailypy.runner.HarnessRequests;
import dailypy.runner.Limits;
import dailypy.runner.RunRequest;
import dailypy.runner.TestSpec;
import dailypy.runner.Verdict;
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

  /** Guest code runs on a thread with a big stack so recursion reaches CPython's 1000 frames. */
  static final long GUEST_STACK_BYTES = 64L << 20;
  private static final long CANCEL_GRACE_MILLIS = 2000;
  private static final double MEMORY_THRESHOLD = 0.80;
  private static final double SUBMISSION_SHARE = 0.25;
  private static final double RETIRE_SHARE = 0.60;
  /** Collect while idle only above this share of the old generation. */
  private static final double IDLE_COLLECT_SHARE = 0.70;

  private final ObjectMapper json = new ObjectMapper();
  private final PrintStream protocol;
  private final GraalSandbox sandbox = new GraalSandbox();
  private final ExecutorService guest = Executors.newSingleThreadExecutor(
      r -> new Thread(null, r, "guest", GUEST_STACK_BYTES));
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
      HarnessReply reply = handle(message.path("request").asText(),
          message.path("wallMillis").asLong(5000), message.path("outputLimit").asInt(65536));
      boolean retire = shouldRetire(reply);
      protocol.println(json.writeValueAsString(encode(message.path("id").asLong(), reply)
          .put("retire", retire)));
      if (retire) {
        break;
      }
    }
    guest.shutdownNow();
    Runtime.getRuntime().halt(0);
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

  private HarnessReply handle(String request, long wallMillis, int outputLimit) throws Exception {
    memoryExceeded = false;
    if (oldGen != null && oldGen.getCollectionUsage() != null) {
      // The fresher of the two: an idle-time measurement, or the last collection's.
      baselineBytes = Math.max(idleBaselineBytes, oldGen.getCollectionUsage().getUsed());
      idleBaselineBytes = 0;
    }
    requestWaiting = true;
    GraalSandbox.Prepared prepared = next.get();
    next = null;
    requestWaiting = false;
    current = prepared;
    Future<HarnessReply> run = guest.submit(() -> prepared.call(request));
    HarnessReply reply;
    try {
      reply = run.get(wallMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      prepared.cancel();
      try {
        run.get(CANCEL_GRACE_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stuck) {
        // The guest ignores cancellation (e.g. one huge bignum operation). Answer, then die;
        // the pool starts a fresh worker.
        sendAndHalt(HarnessReply.Stopped.of(Verdict.TIMEOUT, timeoutMessage(wallMillis)));
      }
      reply = memoryExceeded ? memoryReply()
          : HarnessReply.Stopped.of(Verdict.TIMEOUT, timeoutMessage(wallMillis));
    }
    if (memoryExceeded) {
      reply = memoryReply();
    }
    current = null;
    guest.submit(prepared::cancel);
    if (memoryExceeded) {
      guest.submit(System::gc);
    }
    prepareNext();
    return reply;
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

  private static String timeoutMessage(long wallMillis) {
    return "Your code took longer than " + wallMillis / 1000.0 + " s.";
  }

  private static HarnessReply memoryReply() {
    return HarnessReply.Stopped.of(Verdict.MEMORY_LIMIT, "Your code used too much memory.");
  }

  private void prepareNext() {
    Future<GraalSandbox.Prepared> prepared = guest.submit(() -> sandbox.prepare(64 * 1024));
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

  /** Runs a few gradings so the first real user does not pay for a cold interpreter. */
  private void warmUp() throws Exception {
    String cases = HarnessRequests.grade(new RunRequest("def add(a, b):\n    return a + b\n",
        new TestSpec.Cases(List.of(new TestSpec.Case(null, "add(1, 2)", "3", null, false, false,
            1e-9))), List.of(), Limits.DEFAULT, java.util.Set.of()));
    String unittest = HarnessRequests.grade(new RunRequest("def add(a, b):\n    return a + b\n",
        new TestSpec.Unittest("import unittest\nfrom solution import add\n"
            + "class T(unittest.TestCase):\n    def test_add(self):\n"
            + "        self.assertEqual(add(1, 2), 3)\n"),
        List.of(), Limits.DEFAULT, java.util.Set.of()));
    for (String request : List.of(cases, unittest, cases, unittest)) {
      handle(request, 30_000, 65536);
    }
  }
}
