package dailypy.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dailypy.verdict.Verdict;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The judge's side of one conversation with the user's interpreter: it sends each message with
 * a fresh nonce, checks every reply (JSON, an object, the nonce echoed, a known status: anything
 * else is tampering), applies a reply's status to the raw report, and turns the report, or what
 * ended the conversation early, into a {@link RunResult} with the fixed texts of the rules.
 */
final class JudgeConversation {

  /** A rejected reply is logged as the judge's: it is the judge's decision. */
  private static final Logger LOG = LoggerFactory.getLogger(Judge.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final HarnessChannel channel;
  private String nonce;
  boolean hiddenRunning;

  JudgeConversation(HarnessChannel channel) {
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
