package dailypy.practice;

import java.nio.file.Path;

/** Something the user did: typed a line, saved an answer file, or closed the input. */
public sealed interface Input {

  record Line(String text) implements Input {}

  record Saved(Path file) implements Input {}

  record End() implements Input {}
}
