package dailypy.questions;

import java.util.Arrays;
import java.util.Optional;

/** What the user answers with. */
public enum Kind {
  FUNCTION("function"),
  CLASS("class"),
  TEST_WRITING("test-writing"),
  QUIZ("quiz"),
  OUTPUT("output");

  private final String yamlName;

  Kind(String yamlName) {
    this.yamlName = yamlName;
  }

  /** The name used in the YAML files, such as {@code test-writing}. */
  public String yamlName() {
    return yamlName;
  }

  /** Code kinds are answered with Python code that the runner grades. */
  public boolean isCode() {
    return this == FUNCTION || this == CLASS || this == TEST_WRITING;
  }

  public static Optional<Kind> fromYaml(String name) {
    return Arrays.stream(values()).filter(k -> k.yamlName.equals(name)).findFirst();
  }

  @Override
  public String toString() {
    return yamlName;
  }
}
