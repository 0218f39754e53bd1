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
  record Cases(List<Case> cases) implements TestSpec {
    @Override
    public String style() {
      return "cases";
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
