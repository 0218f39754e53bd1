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

/** `questions validate` on small banks, with the real embedded runner. */
class ValidateCommandTest {
  private static final Path GOOD = Path.of("src/test/resources/questions-fixtures/good");

  @TempDir
  Path dir;

  private record Run(int exit, String out) {}

  private Run validate(Path bank, String... more) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    String[] args = Stream.concat(Stream.of("--questions", bank.toString(), "--jobs", "2"),
        Stream.of(more)).toArray(String[]::new);
    int exit = new CommandLine(new QuestionsCommand.Validate(SharedRunner.source(), out)).execute(args);
    return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
  }

  private Path copyOfGood() throws IOException {
    Path copy = dir.resolve("bank");
    try (Stream<Path> files = Files.walk(GOOD)) {
      for (Path p : files.toList()) {
        Path target = copy.resolve(GOOD.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return copy;
  }

  @Test
  void aProvenBankPassesWithASummaryByLevelTopicAndKind() {
    Run run = validate(GOOD);
    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.out()).contains("level ").contains("topic ").contains("kind ")
        .containsPattern("\\d+ questions: \\d+ passed, 0 failed, 0 skipped");
  }

  @Test
  void aWrongSolutionThatPassesFailsTheRunAndSaysWhich() throws IOException {
    Path bank = copyOfGood();
    Path file = bank.resolve("basic/lists/double-all.yaml");
    Files.writeString(file, Files.readString(file).replace(
        "return tuple(2 * n for n in numbers)", "return [2 * n for n in numbers]"));
    Run run = validate(bank, "--id", "double-all");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("FAILED  double-all")
        .contains("wrong solution 'returns a tuple' should get FAILED but got PASSED")
        .contains("1 questions: 0 passed, 1 failed, 0 skipped");
  }

  @Test
  void aQuestionNoBackendCanGradeIsSkippedWithTheReasonNotPassed() throws IOException {
    Path bank = copyOfGood();
    Path file = bank.resolve("basic/lists/double-all.yaml");
    Files.writeString(file, Files.readString(file).replace("source: original\n",
        "source: original\nrequires: [pandas]\n"));
    Run run = validate(bank, "--id", "double-all");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("SKIPPED double-all: This server can't grade pandas questions: "
        + "install python3-pandas and add cpython to runner.backends.")
        .contains("1 questions: 0 passed, 0 failed, 1 skipped");
  }

  @Test
  void filesThatDoNotLoadFailTheRunAfterTheRestIsProven() throws IOException {
    Path bank = copyOfGood();
    Path broken = bank.resolve("basic/lists/broken.yaml");
    Files.writeString(broken, "id: broken\ntitle: [unclosed\n");
    Run run = validate(bank, "--level", "basic", "--topic", "lists", "--id", "double-all");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("1 file(s) could not be loaded");
  }

  @Test
  void severalIdsAreProvenInOneRunAndAnUnknownIdIsAnError() {
    Run run = validate(GOOD, "--id", "double-all,copy-or-alias-quiz", "--id", "join-output");
    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.out()).contains("3 questions: 3 passed, 0 failed, 0 skipped");
    assertThat(validate(GOOD, "--id", "double-all,no-such-question").exit()).isEqualTo(2);
  }

  @Test
  void aNameAnotherQuestionAlsoAsksForFailsTheQuestion() throws IOException {
    Path bank = copyOfGood();
    Path twin = bank.resolve("basic/lists/double-all-again.yaml");
    Files.writeString(twin, Files.readString(bank.resolve("basic/lists/double-all.yaml"))
        .replace("id: double-all", "id: double-all-again"));
    Run run = validate(bank, "--id", "double-all");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("FAILED  double-all")
        .contains("`double_all` is also written for double-all-again");
  }
}
