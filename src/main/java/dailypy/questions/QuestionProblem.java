package dailypy.questions;

import java.nio.file.Path;

/**
 * One thing wrong with a question file.
 *
 * @param file the YAML file
 * @param line 1-based line, 0 when no line applies (such as a missing file)
 * @param field the field in JSON path form ({@code tests.cases[2].expected}), empty for the file
 */
public record QuestionProblem(Path file, int line, String field, String message) {

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file.toString());
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (!field.isEmpty()) {
      sb.append(field).append(": ");
    }
    return sb.append(message).toString();
  }
}
