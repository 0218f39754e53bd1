package dailypy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.app.Player;
import dailypy.progress.Level;
import dailypy.progress.ProgressStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Practice mode end to end through its stdin and stdout, as a script would drive it: the real
 * bank, the real GraalPy runner and a real SQLite file.
 */
class PracticeCommandTest {

  private static final String SUM_SOLUTION = """
      def sum_of_list(numbers):
          total = 0
          for n in numbers:
              total += n
          return total
      EOF
      """;

  @TempDir
  Path dir;

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

  private record Run(int exit, String out) {}

  private Run practice(String stdin, String... args) throws Exception {
    Path config = dir.resolve("tutor.yaml");
    Files.writeString(config, "progress:\n  database: " + dir.resolve("tutor.db") + "\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    PracticeCommand command = new PracticeCommand(SharedRunner.source(),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, clock, false);
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--config";
    all[args.length + 1] = config.toString();
    all[args.length + 2] = "--answers";
    all[args.length + 3] = dir.resolve("answers").toString();
    int exit = new CommandLine(command).execute(all);
    return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void hintsAWrongAnswerThenARightOneEarnReducedPointsAndShowInStats() throws Exception {
    Run run = practice("""
        hint
        hint
        def sum_of_list(numbers):
            return sum(numbers)
        EOF
        def sum_of_list(numbers):
            return 0
        EOF
        """ + SUM_SOLUTION + """
        explain
        stats
        quit
        """, "--question", "sum-of-list");

    assertThat(run.exit()).isZero();
    String out = run.out();
    assertThat(out).contains("[BASIC] Add up a list without sum()").contains("def sum_of_list(numbers):")
        .contains("end it with a line holding only EOF");
    assertThat(out).contains("💡 Hint 1/3").contains("💡 Hint 2/3").doesNotContain("Hint 3/3");
    assertThat(out).contains("🚫 Rule broken").contains("Add the numbers up with a loop");
    assertThat(out).contains("❌ Failed").contains("sum_of_list([1, 2, 3, 4]) returned 0, expected 10");
    assertThat(out).contains("✅ Passed — 57/57 tests passed").contains("+5 points (2 hints taken)");
    assertThat(out).contains("📖 Add up a list without sum()").contains("Reference solution")
        .contains("Time: O(n)").doesNotContain("Reveal it?");
    assertThat(out).contains("⭐ 5 points").contains("solved: basic 1 intermediate 0 advanced 0");
    assertThat(out).contains("Your progress is saved. Bye!");
    assertThat(out).doesNotContain("\u001b[").doesNotContain("Exception");
  }

  @Test
  void todaysQuestionKeepsTheStreakAndARestartDoesNotEarnTwice() throws Exception {
    try (ProgressStore store = ProgressStore.open(dir.resolve("tutor.db"), clock)) {
      store.posts().claim(Player.LOCAL.guildId(), Level.BASIC, LocalDate.of(2026, 11, 29), "sum-of-list");
    }
    Run first = practice(SUM_SOLUTION + "quit\n", "--level", "basic");
    assertThat(first.out()).contains("today's basic question").contains("+15 points (first solver +5) · 🔥 streak 1");

    Run again = practice("--question\n", "--question", "sum-of-list");
    assertThat(again.out()).contains("Input closed");
    Run resolve = practice(SUM_SOLUTION, "--question", "sum-of-list");
    assertThat(resolve.out()).contains("Already solved before: no new points.");
  }

  @Test
  void revealingAnUnsolvedQuizAsksFirstAndForfeitsThePoints() throws Exception {
    // The loader shuffles a quiz's options; find the letters as practice shows them.
    var quiz = dailypy.questions.QuestionLoader.load(Path.of("questions")).bank().find("quiz-is-none")
        .orElseThrow();
    int right = dailypy.grading.QuizGrading.correctIndex(quiz);
    char correct = dailypy.grading.QuizGrading.letter(right);
    char wrong = dailypy.grading.QuizGrading.letter(right == 0 ? 1 : 0);
    Run run = practice("explain\nno\n" + wrong + "\nexplain\nyes\n" + correct + "\nquit\n",
        "--question", "quiz-is-none");
    String out = run.out();
    assertThat(out).contains("A) ").contains("D) ").contains("Answer with a letter, A–D.");
    assertThat(out).containsSubsequence("Reveal it? [y/N]", "Not revealed.", "❌ Not quite. You chose " + wrong + ")",
        "Reveal it? [y/N]", "📖", "✅ " + correct + ") ", "✅ Correct! " + correct + ")",
        "+0 points (answer revealed first)");
  }

  @Test
  void askingForMoreHintsThanThereAreCostsNothingMore() throws Exception {
    Run run = practice("hint\nhint\nhint\nhint\nhint\n" + SUM_SOLUTION + "quit\n", "--question", "sum-of-list");
    assertThat(run.out()).contains("💡 Hint 3/3").doesNotContain("Hint 4/");
    assertThat(run.out().split("That was the last hint", -1)).hasSize(4);
    assertThat(run.out()).contains("+3 points (3 hints taken)");
  }

  @Test
  void anOutputPredictionIsGradedOnItsText() throws Exception {
    Run run = practice("3.5 3 -4\n1 2 -2\n2.0 2\nEOF\nquit\n", "--question", "output-division-operators");
    assertThat(run.out()).contains("print(7 / 2, 7 // 2, -7 // 2)").contains("✅ Passed");
  }

  @Test
  void anEndlessLoopTimesOutAndTheSessionEndsWithTheInput() throws Exception {
    Run run = practice("def sum_of_list(numbers):\n    while True:\n        pass\nEOF\n",
        "--question", "sum-of-list");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("⏱️ Time limit exceeded").contains("Input closed");
  }

  @Test
  void codeCutOffByTheEndOfInputIsStillGraded() throws Exception {
    Run run = practice("def sum_of_list(numbers):\n    return 0\n", "--question", "sum-of-list");
    assertThat(run.out()).contains("❌ Failed").contains("Input closed");
  }

  @Test
  void savingTheAnswerFileGradesIt() throws Exception {
    Path config = dir.resolve("tutor.yaml");
    Files.writeString(config, "progress:\n  database: " + dir.resolve("tutor.db") + "\n");
    Path answers = dir.resolve("answers");
    java.io.PipedOutputStream keyboard = new java.io.PipedOutputStream();
    java.io.PipedInputStream stdin = new java.io.PipedInputStream(keyboard);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    PracticeCommand command = new PracticeCommand(SharedRunner.source(), stdin, out, clock, false);
    Thread session = new Thread(() -> new CommandLine(command).execute("--question", "sum-of-list",
        "--config", config.toString(), "--answers", answers.toString()));
    session.start();
    Path file = answers.resolve("sum-of-list.py");
    for (int i = 0; i < 100 && !bytes.toString(StandardCharsets.UTF_8).contains("graded on every save"); i++) {
      Thread.sleep(100);
    }
    assertThat(Files.readString(file)).contains("def sum_of_list(numbers):\n    pass");
    Files.writeString(file, SUM_SOLUTION.replace("EOF\n", ""));
    for (int i = 0; i < 300 && !bytes.toString(StandardCharsets.UTF_8).contains("✅ Passed"); i++) {
      Thread.sleep(100);
    }
    keyboard.write("quit\n".getBytes(StandardCharsets.UTF_8));
    keyboard.close();
    session.join(30_000);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("sum-of-list.py saved; grading…")
        .contains("✅ Passed — 57/57 tests passed").contains("+10 points");
  }

  @Test
  void aQuestionNoBackendCanGradeIsExplainedNotShown() throws Exception {
    Run run = practice("", "--question", "fill-missing-with-mean");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEqualTo("This server can't grade pandas questions: install python3-pandas "
        + "and add cpython to runner.backends.\n");
    Run quizzes = practice("", "--topic", "pandas");
    assertThat(quizzes.exit()).as("pandas quizzes need no runner").isZero();
    assertThat(quizzes.out()).contains("Answer with a letter");
    Run unknown = practice("", "--question", "no-such-question");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.out()).contains("No question with id `no-such-question`");
  }
}
