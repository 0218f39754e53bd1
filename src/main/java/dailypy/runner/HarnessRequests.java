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
 * Builds the JSON messages the Python harness understands (docs/harness-protocol.md). No message
 * sent to an interpreter that runs user code carries an expected value, a reference or a case
 * other than the one now running: expected values are evaluated by "expect" requests in an
 * interpreter that never sees user code, and compared on the Java side.
 */
public final class HarnessRequests {

  static final ObjectMapper JSON = new ObjectMapper();
  /** The harness's parts, and the file naming them in their load order. */
  private static final String HARNESS_DIR = "/dailypy/runner/harness/";
  private static volatile String harnessSource;

  private HarnessRequests() {}

  /**
   * The harness source, shared by every backend: its parts joined in the order {@code
   * harness/ORDER} gives, with the sandbox policy on the last line (so line numbers match the
   * parts read one after another).
   */
  public static String harnessSource() {
    String s = harnessSource;
    if (s == null) {
      StringBuilder source = new StringBuilder();
      for (String part : resource("ORDER").lines().map(String::strip)
          .filter(line -> !line.isEmpty()).toList()) {
        source.append(resource(part));
      }
      s = source.toString().replace(
          "_make(SANDBOX_POLICY)", "_make(" + SandboxPolicy.get().asPythonLiteral() + ")");
      harnessSource = s;
    }
    return s;
  }

  private static String resource(String name) {
    try (InputStream in = HarnessRequests.class.getResourceAsStream(HARNESS_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + HARNESS_DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The first message of a grading: the user's code and how to load it. It carries no test:
   * cases follow one at a time ({@link #testCase}); for test-writing, the one implementation the
   * user's tests run against in this interpreter.
   */
  public static String load(RunRequest request, String implementation) {
    ObjectNode root = JSON.createObjectNode();
    root.put("op", "load");
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
      case TestSpec.Unittest unittest -> {
        root.put("solution_module", unittest.solutionModule());
        root.putPOJO("extra_modules", unittest.extraModules());
      }
      case TestSpec.TestWriting writing -> {
        root.put("module_name", writing.moduleName());
        root.put("implementation", implementation);
      }
      case TestSpec.Cases cases -> { }
      case TestSpec.Script script -> { }
    }
    return write(root);
  }

  /** Runs one case's call in a fresh copy of the user's namespace. */
  public static String testCase(String call, String nonce) {
    return write(JSON.createObjectNode().put("op", "case").put("call", call).put("nonce", nonce));
  }

  /**
   * Runs a random case: the question's call, in a fresh copy of the user's namespace, with
   * {@code args} bound to the generated arguments (a Python literal of plain values).
   */
  public static String randomCase(String call, String argsLiteral, String nonce) {
    return write(JSON.createObjectNode().put("op", "case").put("call", call)
        .put("args", argsLiteral).put("nonce", nonce));
  }

  /**
   * Runs unittest tests: the given module against the user's code (run-tests), or, with a null
   * module, the user's own tests against the implementation loaded with them.
   */
  public static String tests(String module, String nonce) {
    ObjectNode root = JSON.createObjectNode().put("op", "tests").put("nonce", nonce);
    if (module != null) {
      root.put("module", module);
    }
    return write(root);
  }

  /** Ends a grading: reports a rule broken late, or tampering with what the grader relies on. */
  public static String finish(String nonce) {
    return write(JSON.createObjectNode().put("op", "finish").put("nonce", nonce));
  }

  /** The canary run in a fresh interpreter of a shared engine before a user gets it. */
  public static String selftest() {
    return write(JSON.createObjectNode().put("op", "selftest"));
  }

  /** A request that evaluates expected-value expressions in a namespace with no user code. */
  public static String expect(List<String> expressions, Collection<String> requires) {
    ObjectNode root = JSON.createObjectNode();
    root.put("op", "expect");
    root.putPOJO("expected", expressions);
    root.putPOJO("requires", List.copyOf(requires));
    return write(root);
  }

  /**
   * A request that builds a question's random cases and the reference's value for each. Only for
   * the answer-key interpreter: it carries the reference solution.
   */
  public static String generate(TestSpec.RandomCases random, Collection<String> requires) {
    ObjectNode root = JSON.createObjectNode();
    root.put("op", "generate");
    root.put("generator", random.generator());
    root.put("seed", random.seed());
    root.put("count", random.count());
    root.put("call", random.call());
    root.put("reference", random.reference());
    root.putPOJO("raises", random.raises());
    root.putPOJO("requires", List.copyOf(requires));
    return write(root);
  }

  /** A request that reports which of these packages the interpreter can import. */
  public static String probe(Collection<String> packages) {
    ObjectNode root = JSON.createObjectNode();
    root.put("op", "probe");
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
