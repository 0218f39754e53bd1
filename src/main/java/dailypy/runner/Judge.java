package dailypy.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dailypy.verdict.Verdict;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The judge: it drives one conversation with an interpreter that belongs to the user and decides
 * the verdict in Java. Cases go one at a time, visible ones first, and a hidden call is sent only
 * after every visible result is in; what comes back is a claim, checked against expected values
 * that were computed where no user code ran. Anything malformed in a reply is the user's doing.
 */
final class Judge {

  private static final Logger LOG = LoggerFactory.getLogger(Judge.class);
  private static final Set<String> LOAD_STATUSES = Set.of("ok", "no_code", "syntax_error",
      "forbidden", "sandbox", "runtime_error", "output_limit", "memory_limit");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final RunRequest request;
  private final List<ExpectedValue> expected;
  private final List<GeneratedCase> generated;
  private final String backend;

  /**
   * @param expected the fixed cases' expected values, in their order
   * @param generated the random cases, built by the answer-key interpreter (empty without them)
   */
  Judge(RunRequest request, List<ExpectedValue> expected, List<GeneratedCase> generated,
      String backend) {
    this.request = request;
    this.expected = expected;
    this.generated = generated;
    this.backend = backend;
  }

  /** Runs the whole grading over the channel; never throws for anything user code does. */
  RunResult judge(HarnessChannel channel) {
    Conversation talk = new Conversation(channel);
    try {
      if (request.tests() instanceof TestSpec.TestWriting writing) {
        return new TestWritingJudge(request, writing, backend).judge(talk);
      }
      ObjectNode raw = runModule(talk, null);
      return talk.result(raw, request, expected, backend);
    } catch (Conversation.Ended ended) {
      return talk.ended(ended, request, backend);
    }
  }

  /**
   * Loads the user's code and runs the request's tests in this interpreter.
   *
   * @param implementation for test-writing, the one implementation loaded with the user's tests
   * @return the raw report: status, output, error, violation, cases or tests
   */
  ObjectNode runModule(Conversation talk, String implementation) {
    JsonNode load = talk.exchange(HarnessRequests.load(request, implementation), false);
    ObjectNode raw = HarnessRequests.JSON.createObjectNode();
    String status = load.path("status").asText();
    if (!LOAD_STATUSES.contains(status)) {
      throw talk.tampered("load status " + status);
    }
    raw.put("status", status);
    raw.put("output", load.path("output").asText(""));
    copyIfPresent(load, raw, "error");
    talk.copyViolation(load, raw, false);
    if (!status.equals("ok")) {
      return raw;
    }
    switch (request.tests()) {
      case TestSpec.Cases cases -> runCases(talk, cases, raw);
      case TestSpec.Unittest unittest -> runTests(talk, unittest.module(), raw);
      case TestSpec.TestWriting writing -> runTests(talk, null, raw);
      case TestSpec.Script script -> { }
    }
    if (raw.path("status").asText().equals("ok")) {
      JsonNode finish = talk.exchange(HarnessRequests.finish(talk.nonce()), true);
      talk.applyStatus(finish, raw, false);
    }
    return raw;
  }

  private void runCases(Conversation talk, TestSpec.Cases spec, ObjectNode raw) {
    List<TestSpec.Case> cases = spec.cases();
    JsonNode[] entries = new JsonNode[cases.size()];
    List<Integer> order = new ArrayList<>();
    for (boolean hidden : new boolean[] {false, true}) {
      for (int i = 0; i < cases.size(); i++) {
        if (cases.get(i).hidden() == hidden) {
          order.add(i);
        }
      }
    }
    for (int index : order) {
      boolean hidden = cases.get(index).hidden();
      talk.hiddenRunning = hidden;
      JsonNode reply = talk.exchange(
          HarnessRequests.testCase(cases.get(index).call(), talk.nonce()), true);
      JsonNode entry = reply.path("case");
      if (!entry.isObject()) {
        throw talk.tampered("case reply without a case");
      }
      entries[index] = entry;
      if (!talk.applyStatus(reply, raw, hidden)) {
        break;
      }
    }
    talk.hiddenRunning = false;
    ArrayNode array = raw.putArray("cases");
    for (JsonNode entry : entries) {
      array.add(entry == null ? HarnessRequests.JSON.nullNode() : entry);
    }
    if (spec.random() != null && raw.path("status").asText().equals("ok")
        && allPassed(cases, entries)) {
      runRandomCases(talk, spec.random(), raw);
    }
  }

  private boolean allPassed(List<TestSpec.Case> cases, JsonNode[] entries) {
    for (int i = 0; i < cases.size(); i++) {
      if (entries[i] == null || !ResultAssembler.passes(cases.get(i), entries[i],
          i < expected.size() ? expected.get(i) : null)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Random cases run only once every fixed case passed, each sent alone like a hidden case, and
   * the first failure ends them: a wrong answer is caught in a case or two, not after fifty
   * runs of something slow. What is recorded per case is only whether it passed.
   */
  private void runRandomCases(Conversation talk, TestSpec.RandomCases random, ObjectNode raw) {
    ArrayNode passed = raw.putArray("random");
    for (GeneratedCase c : generated) {
      talk.hiddenRunning = true;
      JsonNode reply = talk.exchange(HarnessRequests.testCase(c.call(), talk.nonce()), true);
      JsonNode entry = reply.path("case");
      if (!entry.isObject()) {
        throw talk.tampered("case reply without a case");
      }
      boolean ok = ResultAssembler.passesRandom(random, entry, c);
      passed.add(ok);
      if (!talk.applyStatus(reply, raw, true) || !ok) {
        break;
      }
    }
    talk.hiddenRunning = false;
  }

  private void runTests(Conversation talk, String module, ObjectNode raw) {
    JsonNode reply = talk.exchange(HarnessRequests.tests(module, talk.nonce()), true);
    JsonNode tests = reply.path("tests");
    if (!tests.isArray()) {
      throw talk.tampered("tests reply without tests");
    }
    raw.set("tests", tests);
    talk.applyStatus(reply, raw, false);
  }

  private static void copyIfPresent(JsonNode from, ObjectNode to, String field) {
    if (from.hasNonNull(field)) {
      to.set(field, from.get(field));
    }
  }

  /** One channel, its nonces, and what ended it early. */
  static final class Conversation {
    private final HarnessChannel channel;
    private String nonce;
    boolean hiddenRunning;

    Conversation(HarnessChannel channel) {
      this.channel = channel;
    }

    /** A fresh nonce for the next message: a reply must echo it. */
    String nonce() {
      byte[] bytes = new byte[12];
      RANDOM.nextBytes(bytes);
      nonce = HexFormat.of().formatHex(bytes);
      return nonce;
    }

    void restart() {
      channel.restart();
    }

    long cpuMillis() {
      return channel.cpuNanos() / 1_000_000;
    }

    /** Sends a message and parses the reply; a stopped interpreter ends the conversation. */
    JsonNode exchange(String message, boolean checkNonce) {
      String expectedNonce = checkNonce ? nonce : null;
      HarnessReply reply = channel.send(message);
      if (reply instanceof HarnessReply.Stopped stopped) {
        throw new Ended(stopped, hiddenRunning, null);
      }
      JsonNode node;
      try {
        node = HarnessRequests.JSON.readTree(((HarnessReply.Completed) reply).json());
      } catch (Exception e) {
        throw tampered("a reply that is not JSON");
      }
      if (node == null || !node.isObject()) {
        throw tampered("a reply that is not an object");
      }
      if (expectedNonce != null && !expectedNonce.equals(node.path("nonce").asText())) {
        throw tampered("a reply to another message");
      }
      return node;
    }

    Ended tampered(String what) {
      String ref = GraderFailure.newReference();
      LOG.warn("harness reply rejected ref={}: {}", ref, what);
      return new Ended(null, hiddenRunning, SandboxRule.TAMPERING.id());
    }

    /**
     * Applies a reply's status to the report.
     *
     * @return whether the grading goes on
     */
    boolean applyStatus(JsonNode reply, ObjectNode raw, boolean hidden) {
      String status = reply.path("status").asText();
      switch (status) {
        case "ok" -> {
          return true;
        }
        case "output_limit", "memory_limit" -> raw.put("status", status);
        case "forbidden", "sandbox" -> {
          raw.put("status", status);
          copyViolation(reply, raw, hidden);
        }
        case "runtime_error" -> {
          // Only user code makes an operation escape the harness (a KeyboardInterrupt, an
          // exception whose __str__ raises). What it says is shown unless a hidden case ran.
          raw.put("status", status);
          if (!hidden && reply.path("error").isObject()) {
            raw.set("error", reply.get("error"));
          } else {
            raw.putObject("error").put("type", "Error").put("message",
                "your code stopped the grader during a hidden test");
          }
        }
        default -> throw tampered("status " + status);
      }
      return false;
    }

    /** The violation with the fixed text of its rule; no line for one seen in a hidden case. */
    void copyViolation(JsonNode reply, ObjectNode raw, boolean hidden) {
      JsonNode v = reply.path("violation");
      if (!v.isObject()) {
        return;
      }
      ObjectNode clean = raw.putObject("violation");
      clean.put("rule", v.path("rule").asText(SandboxRule.HOST.id()));
      clean.put("line", hidden ? 0 : Math.max(0, v.path("line").asInt(0)));
    }

    RunResult result(ObjectNode raw, RunRequest request, List<ExpectedValue> expected,
        String backend) {
      fixViolationText(raw, request);
      return ResultAssembler.assemble(request, raw, expected, cpuMillis(), backend);
    }

    private static void fixViolationText(ObjectNode raw, RunRequest request) {
      JsonNode v = raw.path("violation");
      if (v instanceof ObjectNode violation) {
        String rule = violation.path("rule").asText();
        String text = RuleTexts.text(rule, request.constraints());
        if (text == null) {
          // A rule the question does not have and the sandbox does not know: made up.
          violation.put("rule", SandboxRule.TAMPERING.id());
          text = SandboxRule.TAMPERING.text();
          raw.put("status", "forbidden");
        } else if (raw.path("status").asText().equals("sandbox") != RuleTexts.isSandboxRule(rule)) {
          raw.put("status", RuleTexts.isSandboxRule(rule) ? "sandbox" : "forbidden");
        }
        violation.put("message", text);
      }
    }

    RunResult ended(Ended ended, RunRequest request, String backend) {
      if (ended.rule != null) {
        ObjectNode raw = HarnessRequests.JSON.createObjectNode();
        raw.put("status", "forbidden");
        raw.putObject("violation").put("rule", ended.rule).put("line", 0);
        fixViolationText(raw, request);
        return ResultAssembler.assemble(request, raw, List.of(), cpuMillis(), backend);
      }
      HarnessReply.Stopped s = ended.stopped;
      RunResult.Violation violation = s.verdict() == Verdict.SANDBOX
          ? new RunResult.Violation(s.rule(), RuleTexts.text(s.rule() == null ? "host" : s.rule(),
              request.constraints()), 0) : null;
      String message = violation != null ? violation.message() : s.message();
      if (ended.hidden && s.verdict() == Verdict.TIMEOUT) {
        message = message + " (in a hidden test)";
      }
      return new RunResult(s.verdict(), message, List.of(), "", null, violation, cpuMillis(),
          backend);
    }

    /** Thrown to end a grading early: the interpreter stopped, or a reply was forged. */
    static final class Ended extends RuntimeException {
      final transient HarnessReply.Stopped stopped;
      final boolean hidden;
      final String rule;

      Ended(HarnessReply.Stopped stopped, boolean hidden, String rule) {
        super(null, null, false, false);
        this.stopped = stopped;
        this.hidden = hidden;
        this.rule = rule;
      }
    }
  }
}
