package dailypy.questions;

import java.nio.file.Path;

/**
 * Something wrong with a question file, located for its author.
 *
 * @param line 1-based line in the file, 0 when unknown
 * @param field the key path, such as {@code tests.cases[2].expected}, or empty
 */
public record Problem(Path file, int line, String field, String message) {

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + (field.isEmpty() ? "" : " [" + field + "]")
        + ": " + message;
  }
}
