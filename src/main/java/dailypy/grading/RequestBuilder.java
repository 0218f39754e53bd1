package dailypy.grading;

import dailypy.questions.Kind;
import dailypy.questions.Question;
import dailypy.runner.Limits;
import dailypy.runner.RunRequest;
import dailypy.runner.TestSpec;
import java.util.List;

/** Builds the runner request for a question and a piece of code. */
public final class RequestBuilder {

  private RequestBuilder() {}

  /**
   * The request that grades {@code code} as an answer to a code question (function, class or
   * test-writing): the question's tests, constraints, packages and limits.
   */
  public static RunRequest forAnswer(Question q, String code, Limits base) {
    if (!q.kind().isCode()) {
      throw new IllegalArgumentException(q.id() + " is a " + q.kind()
          + " question; its answers are graded without running code");
    }
    return new RunRequest(code, q.tests(), q.constraints(), q.limits(base), q.requires());
  }

  /** The request that runs an output question's snippet, to check its expected output. */
  public static RunRequest forSnippet(Question q, Limits base) {
    if (q.kind() != Kind.OUTPUT) {
      throw new IllegalArgumentException(q.id() + " is not an output question");
    }
    return new RunRequest(q.snippet(), new TestSpec.Script(), List.of(), q.limits(base),
        q.requires());
  }
}
