package dailypy.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every child the bot starts gets the allow-list and nothing of the bot's environment. */
class ChildEnvironmentTest {

  /** The user's own editor in a terminal: it needs their environment, and runs no user code. */
  static final Path EDITOR = Path.of("src/main/java/dailypy/practice/SessionAnswerFiles.java");

  @Test
  void aCleanBuilderHasOnlyTheAllowList() {
    SecretCases.assertPlanted();
    ProcessBuilder b = ChildEnvironment.clean(new ProcessBuilder("true"));

    assertThat(b.environment()).containsExactlyInAnyOrderEntriesOf(ChildEnvironment.ALLOWED);
  }

  @Test
  void everyProcessBuilderInTheBotIsCleaned() throws IOException {
    List<String> unclean = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (line.contains("new ProcessBuilder(") && !line.contains("ChildEnvironment.clean(")
              && !file.equals(EDITOR)) {
            unclean.add(file + ":" + (i + 1));
          }
        }
      }
    }

    assertThat(unclean).as("wrap them in ChildEnvironment.clean(...)").isEmpty();
  }
}
