package dailypy.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Test-writing questions: the user's tests run against each implementation (the reference and
 * every mutant) in a fresh interpreter of its own that holds only that implementation, unlabeled,
 * in a random order. The user's tests pass when they all pass on the reference; a mutant is
 * caught when at least one of them fails on it. Java decides both.
 */
final class TestWritingJudge {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final RunRequest request;
  private final TestSpec.TestWriting spec;
  private final String backend;

  TestWritingJudge(RunRequest request, TestSpec.TestWriting spec, String backend) {
    this.request = request;
    this.spec = spec;
    this.backend = backend;
  }

  RunResult judge(JudgeConversation talk) {
    List<String> implementations = new ArrayList<>();
    implementations.add(spec.reference());
    spec.mutants().forEach(m -> implementations.add(m.code()));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < implementations.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, RANDOM);
    JsonNode[] outcomes = new JsonNode[implementations.size()];
    String referenceOutput = "";
    Judge judge = new Judge(request, List.of(), List.of(), backend);
    boolean first = true;
    for (int index : order) {
      if (!first) {
        talk.restart();
      }
      first = false;
      talk.hiddenRunning = index > 0 && spec.mutants().get(index - 1).hidden();
      ObjectNode raw = judge.runModule(talk, implementations.get(index));
      talk.hiddenRunning = false;
      if (!raw.path("status").asText().equals("ok")) {
        if (index != 0) {
          // Output and errors seen against a mutant are not shown: only the status counts.
          raw.put("output", "");
          raw.remove("error");
          raw.remove("tests");
        }
        return talk.result(raw, request, List.of(), backend);
      }
      outcomes[index] = raw.path("tests");
      if (index == 0) {
        referenceOutput = raw.path("output").asText("");
      }
    }
    return talk.result(report(outcomes, referenceOutput), request, List.of(), backend);
  }

  private ObjectNode report(JsonNode[] outcomes, String referenceOutput) {
    ObjectNode raw = HarnessRequests.JSON.createObjectNode();
    raw.put("status", "ok");
    raw.put("output", referenceOutput);
    ArrayNode tests = raw.putArray("tests");
    JsonNode reference = outcomes[0];
    if (reference.isEmpty()) {
      tests.add(test("your tests", false, false, "no test methods found: name them test_…"));
      return raw;
    }
    List<JsonNode> failing = new ArrayList<>();
    reference.forEach(t -> {
      if (!t.path("passed").asBoolean(false)) {
        failing.add(t);
      }
    });
    tests.add(test("all your tests pass on a correct implementation", failing.isEmpty(), false,
        failing.isEmpty() ? "" : failing.size() + " of your tests failed on the correct "
            + "implementation, first: " + failing.get(0).path("name").asText() + ": "
            + failing.get(0).path("message").asText()));
    for (int i = 1; i < outcomes.length; i++) {
      TestSpec.Mutant mutant = spec.mutants().get(i - 1);
      String caughtBy = null;
      for (JsonNode t : outcomes[i]) {
        if (!t.path("passed").asBoolean(false)) {
          caughtBy = t.path("name").asText();
          break;
        }
      }
      boolean ranAny = !outcomes[i].isEmpty();
      tests.add(test("catches a bug: " + mutant.name(), caughtBy != null || !ranAny,
          mutant.hidden(), caughtBy != null ? "caught by " + caughtBy
              : ranAny ? "every test still passes when the code has this bug"
              : "no test ran against this implementation"));
    }
    return raw;
  }

  private static ObjectNode test(String name, boolean passed, boolean hidden, String message) {
    ObjectNode t = HarnessRequests.JSON.createObjectNode();
    return t.put("name", name).put("passed", passed).put("hidden", hidden)
        .put("message", message).put("output", "");
  }
}
