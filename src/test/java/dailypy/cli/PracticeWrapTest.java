package dailypy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.practice.TerminalWidth;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** At a terminal, a question's prose is wrapped to the terminal's width and its code is not. */
@Timeout(120)  // a session that never sees the end of its input would hang the build
class PracticeWrapTest {
  @TempDir
  Path dir;

  @Test
  void aLongPromptFitsTheTerminal() throws Exception {
    PracticeDriver.Run run = new PracticeDriver(dir).run(new TerminalKeys("quit\n"), true,
        "--question", "lazy-moving-average", "--plain");
    int width = TerminalWidth.detect();
    String prompt = run.out().substring(0, run.out().indexOf("Commands:"));
    for (String line : prompt.split("\n")) {
      assertThat(line.codePointCount(0, line.length())).as("%s", line).isLessThanOrEqualTo(Math.max(width, 20));
    }
    assertThat(prompt).contains("    def moving_average(numbers, window: int):\n");
    assertThat(prompt.replaceAll("\\s+", " ")).contains("Write `moving_average(numbers, window: int)` that returns"
        + " an iterator over the averages (floats) of each run of `window` consecutive values");
  }
}
