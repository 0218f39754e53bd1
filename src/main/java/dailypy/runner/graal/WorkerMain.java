package dailypy.runner.graal;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A worker process: one warm GraalPy engine, a fresh context per submission, requests and replies
 * as JSON lines on stdin/stdout ({@link WorkerProtocol}). It lives in its own JVM because some
 * guest code (huge integer arithmetic, allocation storms) ignores cancellation and can only be
 * stopped by killing the process; the pool does that and starts a replacement. This class runs
 * the sessions: their interpreters, their time limits on the {@link GuestThread}, and their
 * memory through {@link WorkerMemory}.
 */
public final class WorkerMain {

  private static final long CANCEL_GRACE_MILLIS = 2000;
  private static final long POLL_MILLIS = 5;
  /**
   * Set for the answer-key worker, which never runs user code: its one context serves every
   * session (a fresh context per expected-value request cost a second each).
   */
  static final String TRUSTED_PROPERTY = "dailypy.worker.trusted";
  private static final boolean TRUSTED = Boolean.getBoolean(TRUSTED_PROPERTY);

  private final WorkerProtocol protocol;
  private final GraalSandbox sandbox = new GraalSandbox();
  private final GuestThread guest = new GuestThread();
  private final WorkerMemory memory = new WorkerMemory();
  /** Wall time of the user's code in the current session. */
  private long sessionWallNanos;
  /** Set once the session's interpreter was stopped: every later message gets this reply. */
  private HarnessReply sessionStopped;
  private String cleanFingerprint;
  private volatile GraalSandbox.Prepared current;
  private volatile boolean requestWaiting;
  private volatile Future<GraalSandbox.Prepared> next;
  private long pendingId;

  private WorkerMain(PrintStream protocol) {
    this.protocol = new WorkerProtocol(protocol);
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
    memory.watch(() -> current);
    prepareNext();
    warmUp();
    protocol.ready();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
        StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode message = protocol.read(line);
      pendingId = message.path("id").asLong();
      if (message.path("op").asText().equals("end")) {
        boolean retire = endSession();
        protocol.ended(pendingId, retire);
        if (retire) {
          break;
        }
        continue;
      }
      HarnessReply reply = handle(message.path("request").asText(),
          message.path("cpuMillis").asLong(5000), message.path("wallMillis").asLong(15000));
      protocol.reply(pendingId, reply, guest.sessionCpuNanos());
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
    if (TRUSTED && sessionStopped == null && !memory.exceeded()) {
      guest.endSession();
      sessionWallNanos = 0;
      return false;
    }
    GraalSandbox.Prepared finished = current;
    current = null;
    HarnessReply last = sessionStopped;
    sessionStopped = null;
    guest.endSession();
    sessionWallNanos = 0;
    if (finished != null) {
      guest.submit(finished::cancel);
    }
    if (memory.exceeded()) {
      guest.submit(System::gc);
      memory.clearExceeded();
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
    return memory.heapTooFull();
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
      memory.startSubmission();
      requestWaiting = true;
      current = next.get();
      next = null;
      requestWaiting = false;
      if (!current.canaryPassed()) {
        // Engine code shared with earlier sessions no longer behaves as it did: no user code
        // runs here again. The pool replaces this worker and sends the message elsewhere.
        System.err.println("worker: the canary failed; retiring this worker");
        protocol.taintedAndHalt(pendingId);
      }
    }
    GraalSandbox.Prepared prepared = current;
    Future<HarnessReply> run = guest.submitCounted(() -> prepared.call(request));
    long started = System.nanoTime();
    HarnessReply reply = null;
    while (reply == null) {
      try {
        reply = run.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        long cpu = guest.sessionCpuNanosNow();
        long wall = sessionWallNanos + System.nanoTime() - started;
        if (cpu > TimeUnit.MILLISECONDS.toNanos(cpuMillis)
            || wall > TimeUnit.MILLISECONDS.toNanos(wallMillis) || memory.exceeded()) {
          reply = stop(prepared, run, cpuMillis);
        }
      }
    }
    sessionWallNanos += System.nanoTime() - started;
    if (memory.exceeded()) {
      reply = WorkerMemory.reply();
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
      protocol.replyAndHalt(pendingId, memory.exceeded() ? WorkerMemory.reply()
          : timeout(cpuMillis));
    } catch (ExecutionException ignored) {
      // the cancelled task ended with an error; the verdict is the timeout
    }
    return memory.exceeded() ? WorkerMemory.reply() : timeout(cpuMillis);
  }

  private static HarnessReply timeout(long cpuMillis) {
    return HarnessReply.Stopped.of(Verdict.TIMEOUT,
        "Your code used more than " + cpuMillis / 1000.0 + " s of CPU time.");
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
          if (!requestWaiting) {
            memory.measureIdleBaseline();
          }
        } catch (Exception ignored) {
          // a failed preload only costs the next request the import time
        }
      }
    });
  }

  /**
   * Runs a few gradings so the first real user does not pay for a cold interpreter. The first
   * context's canary fingerprint, taken before any user code ran on this engine, is the one
   * every later context must reproduce.
   */
  private void warmUp() throws Exception {
    cleanFingerprint = next.get().canaryFingerprint();
    String load = HarnessRequests.load(new RunRequest("def add(a, b):\n    return a + b\n",
        new TestSpec.Cases(List.of()), List.of(), Limits.DEFAULT, Set.of()), null);
    String unittestLoad = HarnessRequests.load(new RunRequest(
        "def add(a, b):\n    return a + b\n", new TestSpec.Unittest(""), List.of(),
        Limits.DEFAULT, Set.of()), null);
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
