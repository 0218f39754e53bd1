package dailypy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.questions.Catalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topics practice names in its help and its errors: all of them, not the first dozen. */
class PracticeTopicsTest {
  @TempDir
  Path dir;

  @Test
  void anUnknownTopicIsAnsweredWithEveryTopic() throws Exception {
    PracticeDriver.Run run = new PracticeDriver(dir).run("", "--topic", "cobol");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("No question matches topic `cobol`");
    for (String topic : Catalog.TOPICS) {
      assertThat(run.out()).as("names %s", topic).contains(topic);
    }
    assertThat(run.out()).doesNotContain("…").doesNotContain("Exception");
  }

  @Test
  void theHelpOfTopicListsEveryTopic() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String help = new PracticeDriver(dir).command(new ByteArrayInputStream(new byte[0]), bytes, false)
        .getUsageMessage(picocli.CommandLine.Help.Ansi.OFF);
    // picocli wraps the description (also after a hyphen); compare without the line breaks
    String flat = help.replaceAll("(?<=-)\\s*\\n\\s*", "").replaceAll("\\s+", " ");
    for (String topic : Catalog.TOPICS) {
      assertThat(flat).as("names %s", topic).contains(topic);
    }
    assertThat(flat).contains("strings, tensorflow, testing, trees, two-pointers, typing-dataclasses.");
  }
}
