package dailypy.grading;

import dailypy.questions.Question;
import dailypy.runner.Constraint;
import dailypy.runner.Limits;
import dailypy.runner.RunRequest;
import dailypy.runner.TestSpec;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Turns a question and some code into the runner's request. */
public final class RequestBuilder {

  static final double DEFAULT_TOLERANCE = 1e-9;

  private RequestBuilder() {}

  /** The request that grades {@code code} as an answer to a code question. */
  public static RunRequest forAnswer(Question q, String code) {
    return forAnswer(q, code, Limits.DEFAULT);
  }

  /** As {@link #forAnswer(Question, String)}, within the operator's default limits. */
  public static RunRequest forAnswer(Question q, String code, Limits defaults) {
    if (!q.kind().runsCode()) {
      throw new IllegalArgumentException(q.id() + " is a " + q.kind().yamlName()
          + " question; it is graded without running code");
    }
    return new RunRequest(code, spec(q), constraints(q), limits(q, defaults),
        Set.copyOf(q.requires()));
  }

  /**
   * The request that grades {@code code} on the question's random cases alone, with no fixed
   * case: how the validator proves that the random cases catch a mistake by themselves.
   */
  public static RunRequest forRandomCasesOnly(Question q, String code) {
    RunRequest full = forAnswer(q, code);
    if (!(full.tests() instanceof TestSpec.Cases cases) || cases.random() == null) {
      throw new IllegalArgumentException(q.id() + " has no random cases");
    }
    return new RunRequest(code, cases.randomOnly(), full.constraints(), full.limits(),
        full.requires());
  }

  /** The request that runs an output question's snippet, to check its expected output. */
  public static RunRequest forSnippet(Question q) {
    return new RunRequest(q.snippet(), new TestSpec.Script(), List.of(), limits(q, Limits.DEFAULT),
        Set.copyOf(q.requires()));
  }

  /** A question's own time limit replaces the default: some need longer to finish fairly. */
  static Limits limits(Question q, Limits defaults) {
    Limits limits = defaults;
    if (q.limits() != null && q.limits().timeMs() != null) {
      limits = limits.withCpuTime(Duration.ofMillis(q.limits().timeMs()));
    }
    return limits;
  }

  private static List<Constraint> constraints(Question q) {
    return q.constraints().stream()
        .map(c -> new Constraint(c.forbid(), c.name(), c.message())).toList();
  }

  private static TestSpec spec(Question q) {
    Question.Tests tests = q.tests();
    return switch (tests.style()) {
      case "cases" -> new TestSpec.Cases(tests.cases().stream().map(c -> new TestSpec.Case(
          c.name(), c.call(), c.expected(), c.raises(), c.hidden(), c.unordered(),
          c.tolerance() == null ? DEFAULT_TOLERANCE : c.tolerance())).toList(),
          randomCases(q));
      case "test-writing" -> new TestSpec.TestWriting(tests.moduleName(), tests.reference(),
          tests.mutants().stream().map(m -> new TestSpec.Mutant(m.name(), m.code(), m.hidden()))
              .toList());
      default -> throw new IllegalArgumentException("unknown test style " + tests.style());
    };
  }

  /** The random cases, whose expected values come from the question's reference solution. */
  private static TestSpec.RandomCases randomCases(Question q) {
    Question.RandomCases r = q.tests().random();
    if (r == null) {
      return null;
    }
    return new TestSpec.RandomCases(r.count(), r.seed(), r.generator(), r.call(), q.solution(),
        r.raises(), r.unordered(), r.tolerance() == null ? DEFAULT_TOLERANCE : r.tolerance());
  }
}
