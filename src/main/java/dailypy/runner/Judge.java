package dailypy.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The judge: it drives one conversation with an interpreter that belongs to the user and decides
 * the verdict in Java. Cases go one at a time, visible ones first, and a hidden call is sent only
 * after every visible result is in; what comes back is a claim, checked against expected values
 * that were computed where no user code ran. Anything malformed in a reply is the user's doing
 * ({@link JudgeConversation} checks each one).
 */
final class Judge {

  private static final Set<String> LOAD_STATUSES = Set.of("ok", "no_code", "syntax_error",
      "forbidden", "sandbox", "runtime_error", "output_limit", "memory_limit");

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
    JudgeConversation talk = new JudgeConversation(channel);
    try {
      if (request.tests() instanceof TestSpec.TestWriting writing) {
        return new TestWritingJudge(request, writing, backend).judge(talk);
      }
      ObjectNode raw = runModule(talk, null);
      return talk.result(raw, request, expected, backend);
    } catch (JudgeConversation.Ended ended) {
      return talk.ended(ended, request, backend);
    }
  }

  /**
   * Loads the user's code and runs the request's tests in this interpreter.
   *
   * @param implementation for test-writing, the one implementation loaded with the user's tests
   * @return the raw report: status, output, error, violation, cases or tests
   */
  ObjectNode runModule(JudgeConversation talk, String implementation) {
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

  private void runCases(JudgeConversation talk, TestSpec.Cases spec, ObjectNode raw) {
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
  private void runRandomCases(JudgeConversation talk, TestSpec.RandomCases random, ObjectNode raw) {
    ArrayNode passed = raw.putArray("random");
    for (GeneratedCase c : generated) {
      talk.hiddenRunning = true;
      JsonNode reply = talk.exchange(HarnessRequests.randomCase(random.call(), c.args(), talk.nonce()), true);
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

  private void runTests(JudgeConversation talk, String module, ObjectNode raw) {
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
}
