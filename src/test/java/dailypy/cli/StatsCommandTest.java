package dailypy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.questions.BankStats;
import dailypy.questions.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `questions stats` prints a summary, or with --markdown the document docs/question-bank.md. */
class StatsCommandTest {

  private static String stats(String... more) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    String[] args = new String[more.length + 2];
    args[0] = "--questions";
    args[1] = Fixtures.bank("good").toString();
    System.arraycopy(more, 0, args, 2, more.length);
    QuestionsCommand.Stats command = new QuestionsCommand.Stats();
    command.out = out;
    int exit = new CommandLine(command).execute(args);
    assertThat(exit).isZero();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void markdownIsTheGeneratedDocument() {
    String md = stats("--markdown");
    assertThat(md).isEqualTo(BankStats.markdown(Fixtures.good()));
    assertThat(md).startsWith("# Question bank\n")
        .contains("5 questions, 1 of them from the source guide.")
        .contains("| basic | 2 | 1 | 1 | 0 | 4 |")
        .contains("| 1 | `sum-of-list` | basic | lists | function |");
  }

  @Test
  void withoutMarkdownItIsAPlainSummary() {
    String text = stats();
    assertThat(text).startsWith("5 questions, 1 from the source guide")
        .containsPattern("(?m)^intermediate +1$").doesNotContain("|");
  }
}
