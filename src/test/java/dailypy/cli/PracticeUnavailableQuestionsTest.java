package dailypy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With no CPython backend (the test runner is GraalPy only), the pandas coding questions can't be
 * graded: practice says so once, and `next` goes through the four pandas quizzes without a repeat
 * before each has been seen.
 */
class PracticeUnavailableQuestionsTest {
  private static final Pattern SHOWN = Pattern.compile("^\\[\\w+] .*  pandas · ([a-z0-9-]+) · ", Pattern.MULTILINE);

  @TempDir
  Path dir;

  @Test
  void theLeftOutQuestionsAreNamedOnceAndNextGoesRoundTheRestWithoutRepeats() throws Exception {
    PracticeDriver.Run run = new PracticeDriver(dir).run("next\n".repeat(12) + "quit\n", "--topic", "pandas");
    String out = run.out();
    assertThat(run.exit()).isZero();
    assertThat(out).contains("4 of the 8 matching questions can't be graded on this computer, so practice leaves them out:\n"
        + "  • 4 pandas questions: install python3-pandas and add cpython to runner.backends.\n");
    assertThat(out.split("can't be graded on this computer", -1)).as("said once").hasSize(2);

    List<String> shown = new ArrayList<>();
    Matcher m = SHOWN.matcher(out);
    while (m.find()) {
      shown.add(m.group(1));
    }
    assertThat(shown).hasSize(13);
    for (int round = 0; round < 3; round++) {
      List<String> four = shown.subList(round * 4, round * 4 + 4);
      assertThat(new HashSet<>(four)).as("round %d of %s", round, shown).hasSize(4);
    }
    for (int i = 1; i < shown.size(); i++) {
      assertThat(shown.get(i)).as("no question twice in a row: %s", shown).isNotEqualTo(shown.get(i - 1));
    }
    assertThat(out.split("You have seen every question here", -1)).as("a new round after each four").hasSize(4);
  }
}
