package dailypy.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * Builds the JSON requests the Python harness understands. Expected values are deliberately not
 * part of a grade request: they are evaluated in a separate "expect" request with no user code,
 * and compared on the Java side.
 */
public final class HarnessRequests {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final String HARNESS_RESOURCE = "/dailypy/runner/harness.py";
  private static volatile String harnessSource;

  private HarnessRequests() {}

  /** The harness source, shared by every backend. */
  public static String harnessSource() {
    String s = harnessSource;
    if (s == null) {
      try (InputStream in = HarnessRequests.class.getResourceAsStream(HARNESS_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + HARNESS_RESOURCE);
        }
        s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      harnessSource = s;
    }
    return s;
  }

  /** A request that grades the user's code against the spec, without expected values. */
  public static String grade(RunRequest request) {
    ObjectNode root = JSON.createObjectNode();
    root.put("mode", "grade");
    root.put("source", request.source());
    root.put("style", request.tests().style());
    root.put("output_limit", request.limits().outputBytes());
    root.put("test_output_chars", request.limits().testOutputChars());
    ArrayNode constraints = root.putArray("constraints");
    for (Constraint c : request.constraints()) {
      constraints.addObject().put("forbid", c.forbid()).put("name", c.name())
          .put("message", c.message());
    }
    root.putPOJO("requires", List.copyOf(request.requires()));
    switch (request.tests()) {
      case TestSpec.Cases cases -> {
        ArrayNode array = root.putArray("cases");
        for (TestSpec.Case c : cases.cases()) {
          array.addObject().put("call", c.call()).put("hidden", c.hidden());
        }
      }
      case TestSpec.Unittest unittest -> {
        root.put("module", unittest.module());
        root.put("solution_module", unittest.solutionModule());
        root.putPOJO("extra_modules", unittest.extraModules());
      }
      case TestSpec.TestWriting writing -> {
        root.put("module_name", writing.moduleName());
        root.put("reference", writing.reference());
        ArrayNode mutants = root.putArray("mutants");
        for (TestSpec.Mutant m : writing.mutants()) {
          mutants.addObject().put("name", m.name()).put("code", m.code())
              .put("hidden", m.hidden());
        }
      }
      case TestSpec.Script script -> { }
    }
    return write(root);
  }

  /** A request that evaluates expected-value expressions in a namespace with no user code. */
  public static String expect(List<String> expressions, Collection<String> requires) {
    ObjectNode root = JSON.createObjectNode();
    root.put("mode", "expect");
    root.putPOJO("expected", expressions);
    root.putPOJO("requires", List.copyOf(requires));
    return write(root);
  }

  /** A request that reports which of these packages the interpreter can import. */
  public static String probe(Collection<String> packages) {
    ObjectNode root = JSON.createObjectNode();
    root.put("mode", "probe");
    root.putPOJO("packages", List.copyOf(packages));
    return write(root);
  }

  private static String write(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a harness request", e);
    }
  }
}
