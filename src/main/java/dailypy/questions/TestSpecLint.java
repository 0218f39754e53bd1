package dailypy.questions;

import dailypy.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lint of what a question's tests declare: a test-writing question's hidden and shown mutants,
 * random cases that are generated, numerous enough and used, and performance questions whose
 * fairness {@code questions validate} can prove. Part of {@link QuestionLint}.
 */
public final class TestSpecLint {

  private TestSpecLint() {}

  /** Minimum hidden (and visible) mutants of a test-writing question. */
  static final int MIN_HIDDEN_MUTANTS = 2;


  /** Questions with random cases run at least this many. */
  public static final int MIN_RANDOM_CASES = 50;
  private static final Pattern GENERATE_DEF = Pattern.compile(
      "(?m)^def generate\\(\\s*rng\\s*,\\s*i\\s*\\)");
  private static final Pattern USES_ARGS = Pattern.compile("\\bargs\\b");

  /**
   * Declared random cases have a generator, at least {@link #MIN_RANDOM_CASES} of them, and a
   * call that uses the generated {@code args}: a call that ignores them tests one input 50 times.
   */
  public static List<String> randomCaseProblems(Question q) {
    Question.RandomCases r = q.tests() == null ? null : q.tests().random();
    if (r == null) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    if (r.generator() == null || !GENERATE_DEF.matcher(r.generator()).find()) {
      problems.add("tests.random.generator must define `def generate(rng, i):` at its top level");
    }
    if (r.count() == null || r.count() < MIN_RANDOM_CASES) {
      problems.add("tests.random.count is " + r.count() + ": run at least " + MIN_RANDOM_CASES
          + " random cases");
    }
    if (r.call() == null || !USES_ARGS.matcher(r.call()).find()) {
      problems.add("tests.random.call never uses `args`, the generated arguments");
    }
    return problems;
  }


  /**
   * A test-writing question hides at least {@link #MIN_HIDDEN_MUTANTS} of its mutants, so that
   * passing needs tests written for the behaviour, not for the mutants listed, and shows at least
   * one as an example.
   */
  public static List<String> mutantProblems(Question q) {
    if (q.kind() != Question.Kind.TEST_WRITING || q.tests() == null) {
      return List.of();
    }
    long hidden = q.tests().mutants().stream().filter(Question.Mutant::hidden).count();
    long shown = q.tests().mutants().size() - hidden;
    if (hidden < MIN_HIDDEN_MUTANTS || shown < 1) {
      return List.of("a test-writing question needs at least " + MIN_HIDDEN_MUTANTS
          + " hidden mutants and 1 shown; has " + hidden + " hidden and " + shown + " shown");
    }
    return List.of();
  }

  /**
   * A {@code performance} question declares a wrong solution with verdict TIMEOUT, and a question
   * that declares one is tagged {@code performance}. The validator proves the 5× margins (slow
   * answer over the limit, reference under it) only for tagged questions, and only against a
   * declared slow answer: without the tag a TIMEOUT solution is never measured against the
   * reference, and without the slow answer nothing shows the stress case rules it out.
   */
  public static List<String> performanceProblems(Question q) {
    boolean slowAnswer = q.wrongSolutions() != null && q.wrongSolutions().stream()
        .anyMatch(w -> w.verdict() == Verdict.TIMEOUT);
    if (q.performance() && !slowAnswer) {
      return List.of("a `performance` question needs a wrong solution with verdict TIMEOUT: the"
          + " slow answer its stress case must rule out");
    }
    if (!q.performance() && slowAnswer) {
      return List.of("a wrong solution with verdict TIMEOUT needs `tags: [performance]`, so that"
          + " questions validate proves the 5× margins on every backend");
    }
    return List.of();
  }
}
