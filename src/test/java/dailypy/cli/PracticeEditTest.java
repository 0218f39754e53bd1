package dailypy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code edit} through the real entry, with stand-in editors: "no changes since the last grading"
 * only for an answer that was graded, never for the untouched starter.
 */
@Timeout(120)  // a session that never sees the end of its input would hang the build
class PracticeEditTest {
  @TempDir
  Path dir;

  private PracticeDriver.Run typed(String keys, String... args) throws Exception {
    return new PracticeDriver(dir).run(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), true, args);
  }

  /** An editor that writes a wrong answer into the file it is given. */
  private Path wrongAnswerEditor() throws Exception {
    Path script = dir.resolve("write-answer.sh");
    Files.writeString(script, "#!/bin/sh\nprintf 'def sum_of_list(numbers):\\n    return 0\\n' > \"$1\"\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  @Test
  void anUntouchedStarterIsNotCalledGradedAndAnUnchangedGradedAnswerIs() throws Exception {
    PracticeDriver.Run untouched = typed("edit\nquit\n", "--question", "sum-of-list", "--editor", "true");
    assertThat(untouched.exit()).isZero();
    assertThat(untouched.out()).contains("sum-of-list.py still holds only the starter")
        .doesNotContain("No changes since the last grading").doesNotContain("Grading…");

    PracticeDriver.Run edited = typed("edit\nedit\nquit\n", "--question", "sum-of-list",
        "--editor", wrongAnswerEditor().toString());
    assertThat(edited.out()).containsSubsequence("Grading…", "❌ Failed", "No changes since the last grading.");
    assertThat(edited.out().split("Grading…", -1)).as("graded once").hasSize(2);
  }

  @Test
  void aPastedAnswerDoesNotCountAsAGradingOfTheFile() throws Exception {
    PracticeDriver.Run run = typed("def sum_of_list(numbers):\n    return 1\nEOF\nedit\nquit\n",
        "--question", "sum-of-list", "--editor", "true");
    assertThat(run.out()).containsSubsequence("❌ Failed", "still holds only the starter")
        .doesNotContain("No changes since the last grading");
  }
}
