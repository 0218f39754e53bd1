package dailypy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two practice sessions on one database and one answer folder: a save is graded once. */
@Timeout(120)  // a session that never sees the end of its input would hang the build
class PracticeTwoSessionsTest {
  private static final String SOLUTION = """
      def sum_of_list(numbers):
          total = 0
          for n in numbers:
              total += n
          return total
      """;

  @TempDir
  Path dir;

  @Test
  void theSecondSessionSaysAnotherIsWatchingAndOneSaveCountsOnce() throws Exception {
    PracticeDriver driver = new PracticeDriver(dir);
    try (PracticeDriver.Live first = driver.start("--question", "sum-of-list")) {
      assertThat(first.awaitOut(o -> o.contains("graded on every save"), 60)).as(first.out()).isTrue();
      PracticeDriver.Live second = driver.start("--question", "sum-of-list");
      assertThat(second.awaitOut(o -> o.contains("Commands:"), 60)).as(second.out()).isTrue();
      assertThat(second.out()).contains("Another practice session (process " + ProcessHandle.current().pid()
          + ") is watching the answer files in " + driver.answers())
          .contains("give this one its own folder with --answers <folder>")
          .doesNotContain("graded on every save");

      Files.writeString(driver.answers().resolve("sum-of-list.py"), SOLUTION);
      assertThat(first.awaitOut(o -> o.contains("+10 points"), 60)).as(first.out()).isTrue();
      first.type("quit\n");
      second.type("stats\nquit\n");
      assertThat(first.finish()).isZero();
      assertThat(second.finish()).isZero();
      assertThat(second.out()).doesNotContain("saved; grading").contains("1 solved, 100% of 1 answers passed");
    }

    PracticeDriver.Run after = driver.run("quit\n", "--question", "sum-of-list");
    assertThat(after.out()).as("the folder is free again").contains("graded on every save")
        .doesNotContain("Another practice session");
  }
}
