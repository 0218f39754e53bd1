package dailypy.questions;

import java.nio.file.Path;

/** Paths of the test question banks under src/test/resources/questions-fixtures. */
public final class Fixtures {

  public static final Path SCHEMA = Path.of("questions", "question.schema.json");
  public static final Path ROOT = Path.of("src", "test", "resources", "questions-fixtures");

  private Fixtures() {}

  public static Path bank(String name) {
    return ROOT.resolve(name);
  }

  public static QuestionLoader loader() {
    return QuestionLoader.withSchema(SCHEMA);
  }

  /** The valid fixture bank: a function, a quiz, an output and a test-writing question. */
  public static QuestionBank good() {
    return loader().load(bank("good"));
  }
}
