package dailypy.runner;

import com.fasterxml.jackson.databind.JsonNode;
import dailypy.runner.RunResult.ErrorInfo;
import dailypy.runner.RunResult.Violation;
import dailypy.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the harness's raw answer into a {@link RunResult}. For assert-style cases this is where
 * correctness is decided, outside the interpreter that ran the user's code.
 */
public final class ResultAssembler {

  private static final int MAX_CALL_SHOWN = 120;
  /** The message of a random case that did not run: it says nothing about the case. */
  public static final String NOT_RUN = "not run";

  private ResultAssembler() {}

  public static RunResult assemble(RunRequest request, JsonNode raw,
      List<ExpectedValue> expected, long durationMillis, String backend) {
    String status = raw.path("status").asText("ok");
    String output = raw.path("output").asText("");
    return switch (status) {
      case "no_code" -> result(Verdict.NO_CODE, "There is no code to grade.", List.of(), output,
          null, null, durationMillis, backend);
      case "syntax_error" -> {
        ErrorInfo error = errorInfo(raw.path("error"));
        yield result(Verdict.SYNTAX_ERROR, "SyntaxError on line " + error.line() + ", column "
            + error.column() + ": " + error.message(), List.of(), output, error, null,
            durationMillis, backend);
      }
      case "forbidden", "sandbox" -> {
        Violation v = violation(raw.path("violation"));
        Verdict verdict = status.equals("sandbox") ? Verdict.SANDBOX : Verdict.FORBIDDEN;
        String where = v.line() > 0 ? " (line " + v.line() + ")" : "";
        yield result(verdict, v.message() + where, tests(request, raw, expected), output, null,
            v, durationMillis, backend);
      }
      case "runtime_error" -> {
        ErrorInfo error = errorInfo(raw.path("error"));
        String where = error.line() > 0 ? " (line " + error.line() + ")" : "";
        yield result(Verdict.RUNTIME_ERROR, error.type() + ": " + error.message() + where,
            tests(request, raw, expected), output, error, null, durationMillis, backend);
      }
      case "output_limit" -> result(Verdict.OUTPUT_LIMIT, "Your code printed more than "
          + request.limits().outputBytes() / 1024 + " KiB.", tests(request, raw, expected),
          output, null, null, durationMillis, backend);
      case "memory_limit" -> result(Verdict.MEMORY_LIMIT, "Your code ran out of memory.",
          List.of(), output, null, null, durationMillis, backend);
      default -> completed(request, raw, expected, output, durationMillis, backend);
    };
  }

  private static RunResult completed(RunRequest request, JsonNode raw,
      List<ExpectedValue> expected, String output, long durationMillis, String backend) {
    List<TestResult> tests = tests(request, raw, expected);
    if (request.tests() instanceof TestSpec.Script) {
      return result(Verdict.PASSED, "", tests, output, null, null, durationMillis, backend);
    }
    if (tests.isEmpty()) {
      return result(Verdict.FAILED, "No tests ran.", tests, output, null, null, durationMillis,
          backend);
    }
    long passed = tests.stream().filter(TestResult::passed).count();
    if (passed == tests.size()) {
      return result(Verdict.PASSED, "", tests, output, null, null, durationMillis, backend);
    }
    TestResult first = tests.stream().filter(t -> !t.passed()).findFirst().orElseThrow();
    String message = passed + " of " + tests.size() + " tests passed. "
        + (first.hidden() ? first.name() + " failed." : first.name() + ": " + first.message());
    return result(Verdict.FAILED, message, tests, output, null, null, durationMillis, backend);
  }

  private static List<TestResult> tests(RunRequest request, JsonNode raw,
      List<ExpectedValue> expected) {
    if (request.tests() instanceof TestSpec.Cases cases) {
      List<TestResult> out = new ArrayList<>(caseResults(cases, raw.path("cases"), expected));
      if (cases.random() != null) {
        randomResults(cases.random(), raw.path("random"), out);
      }
      return out;
    }
    List<TestResult> out = new ArrayList<>();
    for (JsonNode t : raw.path("tests")) {
      boolean hidden = t.path("hidden").asBoolean();
      int hiddenIndex = (int) out.stream().filter(TestResult::hidden).count() + 1;
      out.add(new TestResult(
          hidden ? "hidden test " + hiddenIndex : t.path("name").asText(),
          t.path("passed").asBoolean(), hidden,
          hidden ? "" : t.path("message").asText(""),
          hidden ? "" : t.path("output").asText("")));
    }
    return out;
  }

  /** Whether a fixed case's reply is right. */
  static boolean passes(TestSpec.Case c, JsonNode entry, ExpectedValue expected) {
    return judge(c, entry, expected).passed;
  }

  /** Whether a random case's reply equals the reference's value. */
  static boolean passesRandom(TestSpec.RandomCases random, JsonNode entry, GeneratedCase c) {
    TestSpec.Case asCase = new TestSpec.Case(null, "", null, c.raises(), true,
        random.unordered(), random.tolerance());
    return judge(asCase, entry, c.expected()).passed;
  }

  /** Whether a test in a result is one of the random cases. */
  public static boolean isRandom(TestResult t) {
    return t.hidden() && t.name().startsWith("random test ");
  }

  /** "random test 17 of 50": the only thing a user learns about a random case. */
  public static String randomTestName(int number, int count) {
    return "random test " + number + " of " + count;
  }

  /**
   * The random cases' results after the fixed ones: each counts as a hidden test. Those after
   * the first failure, or not reached because a fixed case failed, did not run and did not pass.
   */
  private static void randomResults(TestSpec.RandomCases random, JsonNode ran,
      List<TestResult> out) {
    for (int i = 0; i < random.count(); i++) {
      boolean run = i < ran.size();
      out.add(new TestResult(randomTestName(i + 1, random.count()),
          run && ran.get(i).asBoolean(false), true, run ? "" : NOT_RUN, ""));
    }
  }

  private static List<TestResult> caseResults(TestSpec.Cases spec, JsonNode ran,
      List<ExpectedValue> expected) {
    List<TestResult> out = new ArrayList<>();
    int hiddenCount = 0;
    for (int i = 0; i < spec.cases().size(); i++) {
      TestSpec.Case c = spec.cases().get(i);
      String name = c.hidden() ? "hidden test " + (++hiddenCount) : displayName(c);
      JsonNode entry = ran.get(i);
      if (entry == null || !entry.isObject()) {
        out.add(new TestResult(name, false, c.hidden(), c.hidden() ? "" : "not run", ""));
        continue;
      }
      CaseOutcome outcome = judge(c, entry, i < expected.size() ? expected.get(i) : null);
      out.add(new TestResult(name, outcome.passed, c.hidden(),
          c.hidden() ? "" : outcome.message, c.hidden() ? "" : entry.path("output").asText("")));
    }
    return out;
  }

  private record CaseOutcome(boolean passed, String message) {}

  private static CaseOutcome judge(TestSpec.Case c, JsonNode entry, ExpectedValue expected) {
    String call = shortCall(c.call());
    String status = entry.path("status").asText();
    if (status.equals("output_limit")) {
      return new CaseOutcome(false, "printed too much output");
    }
    if (!status.equals("raised") && !status.equals("value")) {
      return new CaseOutcome(false, "did not finish");
    }
    if (c.raises() != null && !c.raises().isBlank()) {
      if (status.equals("raised")) {
        JsonNode ex = entry.path("exception");
        for (JsonNode name : ex.path("mro")) {
          if (name.asText().equals(c.raises())) {
            return new CaseOutcome(true, "");
          }
        }
        return new CaseOutcome(false, call + " raised " + describe(ex) + ", expected "
            + c.raises());
      }
      return new CaseOutcome(false, call + " returned " + entry.path("repr").asText()
          + ", expected it to raise " + c.raises());
    }
    if (status.equals("raised")) {
      return new CaseOutcome(false, call + " raised " + describe(entry.path("exception")));
    }
    if (expected == null || expected.value() == null) {
      return new CaseOutcome(false, "the question's expected value could not be evaluated");
    }
    boolean ok;
    try {
      ok = CanonicalValues.equal(expected.value(), entry.path("value"), c.tolerance(),
          c.unordered());
    } catch (RuntimeException malformed) {
      ok = false;  // a claim that is not a canonical value is simply not the expected one
    }
    if (ok) {
      return new CaseOutcome(true, "");
    }
    String actualRepr = entry.path("repr").asText();
    String message = call + " returned " + actualRepr + ", expected " + expected.repr();
    if (actualRepr.equals(expected.repr())) {
      message += " (same text, different type: " + typeName(entry.path("value")) + ")";
    }
    return new CaseOutcome(false, message);
  }

  private static String typeName(JsonNode value) {
    String t = value.path("t").asText();
    return t.equals("object") ? value.path("type").asText() : t;
  }

  private static String describe(JsonNode ex) {
    String msg = ex.path("message").asText("");
    int line = ex.path("line").asInt(0);
    return ex.path("type").asText("Exception") + (msg.isEmpty() ? "" : ": " + msg)
        + (line > 0 ? " (line " + line + ")" : "");
  }

  static String displayName(TestSpec.Case c) {
    if (c.name() != null && !c.name().isBlank()) {
      return c.name();
    }
    return shortCall(c.call());
  }

  private static String shortCall(String call) {
    String oneLine = call.strip().replace("\n", "; ");
    return oneLine.length() <= MAX_CALL_SHOWN ? oneLine
        : oneLine.substring(0, MAX_CALL_SHOWN) + "…";
  }

  private static ErrorInfo errorInfo(JsonNode e) {
    return new ErrorInfo(e.path("type").asText("Error"), e.path("message").asText(""),
        e.path("line").asInt(0), e.path("column").asInt(0), e.path("traceback").asText(""));
  }

  private static Violation violation(JsonNode v) {
    return new Violation(v.path("rule").asText(""), v.path("message").asText(""),
        v.path("line").asInt(0));
  }

  private static RunResult result(Verdict verdict, String message, List<TestResult> tests,
      String output, ErrorInfo error, Violation violation, long durationMillis, String backend) {
    return new RunResult(verdict, message, tests, output, error, violation, durationMillis,
        backend);
  }
}
