package dailypy.questions;

import java.nio.file.Path;

/** The test question banks under src/test/resources/questions-fixtures. */
public final class Fixtures {

  public static final Path ROOT = Path.of("src", "test", "resources", "questions-fixtures");

  private Fixtures() {}

  public static Path bank(String name) {
    return ROOT.resolve(name);
  }

  /** The valid fixture bank: a function, a quiz, an output and a test-writing question. */
  public static QuestionBank good() {
    QuestionLoader.Result r = QuestionLoader.load(bank("good"));
    if (!r.ok()) {
      throw new AssertionError("the good fixture bank has problems: " + r.problems());
    }
    return r.bank();
  }
}
