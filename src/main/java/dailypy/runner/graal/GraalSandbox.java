package dailypy.runner.graal;

import dailypy.runner.GraderFailure;
import dailypy.runner.HarnessReply;
import dailypy.runner.HarnessRequests;
import dailypy.verdict.Verdict;
import java.io.OutputStream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * One warm GraalPy engine and the contexts made from it. Each submission gets a fresh context
 * with the CONSTRAINED sandbox policy: no IO, no host classes, no processes, threads or
 * environment. The harness is loaded into the context before user code arrives.
 */
final class GraalSandbox implements AutoCloseable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GraalSandbox.class);


  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();
  private final Engine engine;
  private final Source harness;

  GraalSandbox() {
    this.engine = Engine.newBuilder("python")
        .sandbox(SandboxPolicy.CONSTRAINED)
        .out(OutputStream.nullOutputStream())
        .err(OutputStream.nullOutputStream())
        .option("engine.WarnInterpreterOnly", "false")
        .build();
    this.harness = Source.newBuilder("python", HarnessRequests.harnessSource(), "harness.py")
        .cached(true).buildLiteral();
  }

  /** A context with the harness loaded, ready for one submission. */
  Prepared prepare(int rawOutputLimit) {
    BoundedOutputStream out = new BoundedOutputStream(rawOutputLimit);
    Context context = Context.newBuilder("python")
        .engine(engine)
        .sandbox(SandboxPolicy.CONSTRAINED)
        .allowHostAccess(HostAccess.CONSTRAINED)
        .allowIO(IOAccess.NONE)
        .allowCreateThread(false)
        .allowCreateProcess(false)
        .allowNativeAccess(false)
        .out(out)
        .err(out)
        .build();
    Value grade = context.eval(harness);
    return new Prepared(context, grade, out);
  }

  /** A context, the harness's message handler in it, and what its canary said. */
  static final class Prepared {
    private final Context context;
    private final Value grade;
    private final BoundedOutputStream out;
    private volatile String fingerprint;
    private volatile boolean canaryPassed = true;

    Prepared(Context context, Value grade, BoundedOutputStream out) {
      this.context = context;
      this.grade = grade;
      this.out = out;
    }

    /**
     * Runs the harness's canary (namedtuple, enum, typing, dataclasses under the guards) in this
     * fresh context. Code of one engine is shared by all its contexts, so a submission that
     * corrupted it shows here, before anyone else's code runs on this worker.
     *
     * @param clean the fingerprint of the worker's first context, or null for that one
     */
    void runCanary(String clean) {
      try {
        HarnessReply reply = call(HarnessRequests.selftest());
        String json = reply instanceof HarnessReply.Completed c ? c.json() : "";
        com.fasterxml.jackson.databind.JsonNode node = JSON.readTree(json);
        fingerprint = node.path("fingerprint").asText("") + "|" + node.path("violation");
      } catch (Exception e) {
        fingerprint = "failed: " + e.getClass().getSimpleName();
      }
      canaryPassed = clean == null ? !fingerprint.startsWith("failed") && fingerprint.endsWith("|null")
          : clean.equals(fingerprint);
      if (!canaryPassed) {
        LOG.error("worker canary failed: {}", fingerprint);
      }
    }

    boolean canaryPassed() {
      return canaryPassed;
    }

    String canaryFingerprint() {
      return fingerprint;
    }

    /** Runs one harness request; host-side denials and exits become replies, never throws. */
    HarnessReply call(String requestJson) {
      try {
        return new HarnessReply.Completed(grade.execute(requestJson).asString());
      } catch (PolyglotException e) {
        return classify(e, out.exceeded());
      } catch (RuntimeException e) {
        // The handler no longer returns text: user code replaced it. The judge rejects this.
        return new HarnessReply.Completed("{}");
      }
    }

    /** Imports the modules unittest-style gradings need, ahead of time. */
    void preload() {
      context.eval("python", "import unittest, traceback");
    }

    void cancel() {
      try {
        context.close(true);
      } catch (RuntimeException ignored) {
        // already closed or closing: the point is only that it stops
      }
    }
  }

  static HarnessReply classify(PolyglotException e, boolean outputExceeded) {
    if (outputExceeded) {
      return HarnessReply.Stopped.of(Verdict.OUTPUT_LIMIT, "Your code printed too much.");
    }
    if (e.isExit()) {
      return HarnessReply.Stopped.of(Verdict.RUNTIME_ERROR,
          "Your code ended the interpreter (os._exit); return from your function instead.");
    }
    if (e.isResourceExhausted()) {
      return HarnessReply.Stopped.of(Verdict.MEMORY_LIMIT, "Your code ran out of memory.");
    }
    if (e.isCancelled()) {
      return HarnessReply.Stopped.of(Verdict.TIMEOUT, "Your code was stopped.");
    }
    String category = DenialClassifier.categorise(e.getMessage());
    if (category != null) {
      return new HarnessReply.Stopped(Verdict.SANDBOX, DenialClassifier.describe(category),
          category);
    }
    // Whatever else escapes the context was raised by running the user's code (a guest
    // exception past the harness, or the engine failing on it): the user's failure, never a
    // free ERROR. The operator still gets the details under a reference.
    GraderFailure.report(LOG, "running a submission", e);
    return HarnessReply.Stopped.of(Verdict.RUNTIME_ERROR,
        "Your code stopped the Python engine with an error it could not recover from.");
  }

  @Override
  public void close() {
    engine.close(true);
  }
}
