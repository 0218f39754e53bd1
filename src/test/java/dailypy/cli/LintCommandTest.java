package dailypy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `questions lint` checks the teaching text and names without any runner. */
class LintCommandTest {
  private static final Path GOOD = Path.of("src/test/resources/questions-fixtures/good");

  @TempDir
  Path dir;

  private record Run(int exit, String out) {}

  private static Run lint(Path bank, String... more) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    String[] args = Stream.concat(Stream.of("--questions", bank.toString()), Stream.of(more))
        .toArray(String[]::new);
    QuestionsCommand.Lint command = new QuestionsCommand.Lint();
    command.out = out;
    int exit = new CommandLine(command).execute(args);
    return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theGoodBankIsClean() {
    Run run = lint(GOOD, "--overlap");
    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.out()).contains("5 questions linted, 0 with problems").contains("%  sum-of-list");
  }

  @Test
  void aHintThatGivesTheSolutionAwayFailsWithTheQuestionNamed() throws IOException {
    Path bank = dir.resolve("bank");
    Path file = bank.resolve("basic/lists/sum-of-list.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, Files.readString(GOOD.resolve("basic/lists/sum-of-list.yaml"))
        .replace("  - Start the total at 0 and add each number in a for loop.",
            "  - \"`total = 0`, then `for n in nums: total += n`, and `return total`.\""));
    Run run = lint(bank, "--id", "sum-of-list");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("FAILED  sum-of-list").contains("the hints' code gives away");
  }
}
