package dailypy.runner;

import java.util.List;
import java.util.Map;

/** How a submission is tested. Each kind is run by the same Python harness. */
public sealed interface TestSpec {

  /** The harness's name for this kind. */
  String style();

  /**
   * Assert-style cases. Each {@code call} is Python source whose last expression is the value under
   * test; {@code expected} is a Python expression evaluated without the user's code, or {@code raises}
   * names the exception type the call must raise.
   */
  record Cases(List<Case> cases, RandomCases random) implements TestSpec {

    public Cases {
      cases = List.copyOf(cases);
    }

    /** Fixed cases only. */
    public Cases(List<Case> cases) {
      this(cases, null);
    }

    @Override
    public String style() {
      return "cases";
    }

    /** The same cases without the random ones. */
    public Cases fixedOnly() {
      return new Cases(cases, null);
    }

    /** Only the random cases: how the validator proves that they catch a mistake alone. */
    public Cases randomOnly() {
      return new Cases(List.of(), random);
    }
  }

  /**
   * Random hidden cases. The generator and the reference run only in the answer-key interpreter
   * (never where user code runs): it returns each case's call, with the generated arguments as
   * Python literals, and the reference's value for it. The user's interpreter then gets each
   * call like any hidden case, one at a time; the first failure ends them.
   *
   * @param generator Python source defining {@code generate(rng, i)}, which returns the
   *     argument tuple of case {@code i} from a {@code random.Random(seed)}
   * @param call Python source run with {@code args} bound to the tuple; its last expression is
   *     the value under test
   * @param reference the question's reference solution, which gives the expected values
   * @param raises exception types the reference may raise for a generated input (ValueError
   *     for an empty list, say): such a case expects the user's code to raise that type too
   */
  record RandomCases(int count, long seed, String generator, String call, String reference,
      List<String> raises, boolean unordered, double tolerance) {

    public RandomCases {
      if (count < 1) {
        throw new IllegalArgumentException("random cases need a positive count");
      }
      raises = raises == null ? List.of() : List.copyOf(raises);
    }
  }

  /**
   * @param name shown for visible cases; hidden ones are shown as "hidden test N"
   * @param unordered compare lists ignoring order
   * @param tolerance relative and absolute tolerance for floats
   */
  record Case(
      String name,
      String call,
      String expected,
      String raises,
      boolean hidden,
      boolean unordered,
      double tolerance) {}

  /**
   * A unittest module that imports the user's code as module {@code solutionModule} (normally
   * {@code solution}). Test methods whose names start with {@code test_hidden} are hidden.
   *
   * @param extraModules further user modules by name, importable in any order (run-tests on a
   *     folder of exercise files)
   */
  record Unittest(String module, String solutionModule, Map<String, String> extraModules)
      implements TestSpec {

    public Unittest {
      extraModules = Map.copyOf(extraModules);
    }

    public Unittest(String module) {
      this(module, "solution", Map.of());
    }

    @Override
    public String style() {
      return "unittest";
    }
  }

  /**
   * The user's code is a unittest module. It must pass against {@code reference} and fail against
   * every mutant; the code under test is importable as {@code moduleName}.
   */
  record TestWriting(String moduleName, String reference, List<Mutant> mutants)
      implements TestSpec {
    @Override
    public String style() {
      return "test-writing";
    }
  }

  record Mutant(String name, String code, boolean hidden) {}

  /** Just run the code and capture its output; used for output questions and for playgrounds. */
  record Script() implements TestSpec {
    @Override
    public String style() {
      return "script";
    }
  }
}
