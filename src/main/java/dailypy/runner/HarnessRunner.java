package dailypy.runner;

import com.fasterxml.jackson.databind.JsonNode;
import dailypy.verdict.Verdict;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Runner} every backend shares: it has a question's expected values evaluated once by
 * an interpreter that never runs user code, then lets the {@link Judge} converse with a fresh
 * interpreter that belongs to the user, and judges the claims that come back in Java.
 */
public final class HarnessRunner implements Runner {

  private static final Logger LOG = LoggerFactory.getLogger(HarnessRunner.class);
  private static final int EXPECTED_CACHE_LIMIT = 4096;
  /** Questions whose random cases are kept: 50 calls each, a few MB in all. */
  private static final int GENERATED_CACHE_LIMIT = 512;
  private static final java.time.Duration EXPECTED_WALL_TIME = java.time.Duration.ofSeconds(30);

  private final HarnessBackend backend;
  private final HarnessBackend keyBackend;
  private final Map<String, String> packages;
  private final Map<String, List<ExpectedValue>> expectedCache = new ConcurrentHashMap<>();
  private final Map<String, List<GeneratedCase>> generatedCache = new ConcurrentHashMap<>();
  private final CompletableFuture<SpeedFactor> speed;

  /**
   * A runner whose limits are applied as written (no calibration).
   *
   * @param backend where submissions run
   * @param keyBackend where expected values are evaluated: an interpreter that never runs user
   *     code (a backend that starts a fresh process per request may be the same as backend)
   * @param packages third-party packages the backend can import, with versions (probed once)
   */
  public HarnessRunner(HarnessBackend backend, HarnessBackend keyBackend,
      Map<String, String> packages) {
    this(backend, keyBackend, packages,
        CompletableFuture.completedFuture(SpeedFactor.reference(backend.name())));
  }

  /**
   * @param speed the backend's speed factor ({@link Calibration}); every request's limits are
   *     scaled by it, and gradings wait until it is known
   */
  public HarnessRunner(HarnessBackend backend, HarnessBackend keyBackend,
      Map<String, String> packages, CompletableFuture<SpeedFactor> speed) {
    this.backend = backend;
    this.keyBackend = keyBackend;
    this.packages = Map.copyOf(packages);
    this.speed = speed;
  }

  /** Calibrated means an interpreter ran the workload: the backend can grade. */
  @Override
  public CompletableFuture<Void> ready() {
    return speed.thenApply(s -> null);
  }

  /** The backend's speed factor; waits for the calibration. */
  public SpeedFactor speedFactor() {
    return speed.join();
  }

  /**
   * Grades with the request's reference-machine limits scaled by this backend's speed factor;
   * the result names the backend and the limit that applied.
   */
  @Override
  public RunResult run(RunRequest reference) {
    try {
      if (reference.source() == null || reference.source().isBlank()) {
        return RunResult.of(Verdict.NO_CODE, "There is no code to grade.", backend.name());
      }
      RunResult result = judge(reference);
      // BUSY and grader errors ran nothing: no limit applied to them.
      return result.verdict().isAttempt()
          ? result.withCpuLimit(scaledLimits(reference).cpuTime().toMillis()) : result;
    } catch (Exception | StackOverflowError e) {
      return RunResult.of(Verdict.ERROR, GraderFailure.report(LOG, "grading on " + backend.name(), e),
          backend.name());
    }
  }

  /** The backend's limits for these reference-machine ones; waits for the calibration. */
  private Limits scaledLimits(RunRequest reference) {
    return speed.join().scale(reference.limits());
  }

  private RunResult judge(RunRequest reference) throws Exception {
    List<ExpectedValue> expected = List.of();
    List<GeneratedCase> generated = List.of();
    if (reference.tests() instanceof TestSpec.Cases cases) {
      // Expected values need no calibration: on a cold start they are evaluated while the
      // backend's speed is still being measured.
      Object lookup = expectedValues(cases, reference);
      if (lookup instanceof RunResult failure) {
        return failure;
      }
      @SuppressWarnings("unchecked")
      List<ExpectedValue> values = (List<ExpectedValue>) lookup;
      expected = values;
      if (cases.random() != null) {
        Object made = generatedCases(cases.random(), reference);
        if (made instanceof RunResult failure) {
          return failure;
        }
        @SuppressWarnings("unchecked")
        List<GeneratedCase> randomCases = (List<GeneratedCase>) made;
        generated = randomCases;
      }
    }
    RunRequest request = reference.withLimits(scaledLimits(reference));
    Judge judge = new Judge(request, expected, generated, backend.name());
    return backend.converse(request.limits(), judge::judge);
  }

  private RunResult stoppedResult(HarnessReply.Stopped stopped) {
    RunResult.Violation violation = stopped.verdict() == Verdict.SANDBOX
        ? new RunResult.Violation(stopped.rule(), stopped.message(), 0) : null;
    return new RunResult(stopped.verdict(), stopped.message(), List.of(), "", null, violation,
        0, backend.name());
  }

  /** Returns the expected values, or a RunResult explaining why they are unavailable. */
  private Object expectedValues(TestSpec.Cases cases, RunRequest request) throws Exception {
    List<String> expressions = new ArrayList<>();
    for (TestSpec.Case c : cases.cases()) {
      expressions.add(c.expected() == null || c.expected().isBlank() ? "None" : c.expected());
    }
    String key = cacheKey(expressions, request);
    List<ExpectedValue> cached = expectedCache.get(key);
    if (cached != null) {
      return cached;
    }
    // Expected values are the question's own trusted code; give them room on a busy machine.
    HarnessReply reply = keyBackend.execute(
        HarnessRequests.expect(expressions, request.requires()),
        request.limits().withCpuTime(EXPECTED_WALL_TIME));
    if (reply instanceof HarnessReply.Stopped stopped) {
      if (stopped.verdict() == Verdict.BUSY) {
        return stoppedResult(stopped);
      }
      String ref = GraderFailure.newReference();
      LOG.error("expected values failed ref={} verdict={} message={}", ref, stopped.verdict(),
          stopped.message());
      return RunResult.of(Verdict.ERROR, "The question's expected values could not be "
          + "evaluated (reference " + ref + ").", backend.name());
    }
    JsonNode root = HarnessRequests.JSON.readTree(((HarnessReply.Completed) reply).json());
    List<ExpectedValue> values = new ArrayList<>();
    for (JsonNode e : root.path("expected")) {
      values.add(e.path("ok").asBoolean()
          ? new ExpectedValue(e.get("value"), e.path("repr").asText(), null)
          : new ExpectedValue(null, "", e.path("error").asText()));
    }
    for (int i = 0; i < values.size(); i++) {
      TestSpec.Case c = cases.cases().get(i);
      boolean needsValue = c.raises() == null || c.raises().isBlank();
      if (needsValue && values.get(i).error() != null) {
        return RunResult.of(Verdict.ERROR, "Question error: the expected value of case "
            + (i + 1) + " failed: " + values.get(i).error(), backend.name());
      }
    }
    if (expectedCache.size() > EXPECTED_CACHE_LIMIT) {
      expectedCache.clear();
    }
    expectedCache.put(key, List.copyOf(values));
    return values;
  }

  /**
   * Returns the question's random cases with the reference's values, or a RunResult explaining
   * why they are unavailable. The generator and the reference run in the answer-key interpreter
   * only; the result is cached by everything that determines it, so a question's cases are
   * built once per generator, seed and reference.
   */
  private Object generatedCases(TestSpec.RandomCases random, RunRequest request)
      throws Exception {
    // everything the generate message carries: the exceptions the reference may raise decide
    // whether a raising input is a case or a question error
    String key = cacheKey(List.of("generate", random.generator(), Long.toString(random.seed()),
        Integer.toString(random.count()), random.call(), random.reference(),
        String.join(",", random.raises())), request);
    List<GeneratedCase> cached = generatedCache.get(key);
    if (cached != null) {
      return cached;
    }
    HarnessReply reply = keyBackend.execute(HarnessRequests.generate(random, request.requires()),
        request.limits().withCpuTime(EXPECTED_WALL_TIME));
    if (reply instanceof HarnessReply.Stopped stopped) {
      if (stopped.verdict() == Verdict.BUSY) {
        return stoppedResult(stopped);
      }
      return questionError("random cases could not be built (" + stopped.verdict() + ": "
          + stopped.message() + ")");
    }
    JsonNode root = HarnessRequests.JSON.readTree(((HarnessReply.Completed) reply).json());
    if (root.hasNonNull("error")) {
      return questionError("the random case generator failed: " + root.path("error").asText());
    }
    List<GeneratedCase> cases = new ArrayList<>();
    for (JsonNode c : root.path("random")) {
      if (!c.path("ok").asBoolean()) {
        return questionError(c.path("error").asText());
      }
      cases.add(c.hasNonNull("raises")
          ? new GeneratedCase(c.path("args").asText(), null, c.path("raises").asText())
          : new GeneratedCase(c.path("args").asText(),
              new ExpectedValue(c.get("value"), c.path("repr").asText(), null), null));
    }
    if (cases.size() != random.count()) {
      return questionError("the generator built " + cases.size() + " random cases, not "
          + random.count());
    }
    if (generatedCache.size() > GENERATED_CACHE_LIMIT) {
      generatedCache.clear();
    }
    generatedCache.put(key, List.copyOf(cases));
    return cases;
  }

  /** A question bug, for its author: logged with a reference, shown as ERROR. */
  private RunResult questionError(String what) {
    String ref = GraderFailure.newReference();
    LOG.error("question error ref={}: {}", ref, what);
    String shown = what.length() > 300 ? what.substring(0, 300) + "…" : what;
    return RunResult.of(Verdict.ERROR, "Question error: " + shown + " (reference " + ref + ").",
        backend.name());
  }

  private static String cacheKey(List<String> expressions, RunRequest request)
      throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    digest.update(String.join("\u0000", request.requires().stream().sorted().toList())
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (String e : expressions) {
      digest.update((e + "\u0001").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  @Override
  public String name() {
    return backend.name();
  }

  @Override
  public Map<String, String> packages() {
    return packages;
  }

  @Override
  public void close() {
    backend.close();
    if (keyBackend != backend) {
      keyBackend.close();
    }
  }
}
