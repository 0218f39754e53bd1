package dailypy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-D at a terminal and the end of piped input, at the prompt and while pasting an answer. */
@Timeout(120)  // a session that never sees the end of its input would hang the build
class PracticeEndOfInputTest {
  private static final String CTRL_D = TerminalKeys.CTRL_D;

  @TempDir
  Path dir;

  @Test
  void ctrlDAtThePromptSaysGoodbyeAndLeavesTheNextCommandToTheShell() throws Exception {
    TerminalKeys keys = new TerminalKeys(CTRL_D + "ls -l\n");
    PracticeDriver.Run run = new PracticeDriver(dir).run(keys, true, "--question", "sum-of-list");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).endsWith("Bye! Your progress is saved.\n").doesNotContain("Grading");
    assertThat(keys.unread()).isEqualTo("ls -l\n");
  }

  @Test
  void ctrlDWhilePastingGradesWhatWasPastedAndTheSessionGoesOn() throws Exception {
    TerminalKeys keys = new TerminalKeys("def sum_of_list(numbers):\n    return 0\n" + CTRL_D
        + "stats\nquit\nls -l\n");
    PracticeDriver.Run run = new PracticeDriver(dir).run(keys, true, "--question", "sum-of-list");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).containsSubsequence("(Ctrl-D: grading what you pasted.)", "❌ Failed",
        "Your progress", "Your progress is saved. Bye!");
    assertThat(keys.unread()).as("nothing read after quit").isEqualTo("ls -l\n");
  }

  @Test
  void theEndOfPipedInputAtARevealQuestionEndsTheSession() throws Exception {
    PracticeDriver.Run run = new PracticeDriver(dir).run("explain\n", "--question", "sum-of-list");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).containsSubsequence("Reveal it? [y/N]", "Not revealed.", "Input closed. Your progress is saved. Bye!");
  }

  @Test
  void theEndOfPipedInputAtThePromptEndsTheSession() throws Exception {
    PracticeDriver.Run run = new PracticeDriver(dir).run("", "--question", "sum-of-list");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).endsWith("Input closed. Your progress is saved. Bye!\n");
  }
}
