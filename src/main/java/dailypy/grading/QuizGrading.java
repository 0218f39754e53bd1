package dailypy.grading;

import dailypy.questions.Question;
import dailypy.runner.RunResult;
import dailypy.runner.TestResult;
import dailypy.verdict.Verdict;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Grades quiz answers (a letter or number) and output predictions, without running code. */
public final class QuizGrading {

  private static final Pattern CHOICE = Pattern.compile(
      "^\\s*(?:option\\s*)?\\(?([A-Ea-e]|[1-5])\\)?[.):]?\\s*$");

  private QuizGrading() {}

  /** Letter for option index 0..4. */
  public static char letter(int index) {
    return (char) ('A' + index);
  }

  /** "B", "b", "2", "(b)", "option 2" → 1; anything else → empty. */
  public static OptionalInt parseChoice(String answer) {
    Matcher m = CHOICE.matcher(answer == null ? "" : answer);
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    String c = m.group(1);
    return Character.isDigit(c.charAt(0)) ? OptionalInt.of(c.charAt(0) - '1')
        : OptionalInt.of(Character.toUpperCase(c.charAt(0)) - 'A');
  }

  /** Grades a typed choice: "B", "2", "(b)"; anything else asks for one of the letters. */
  public static RunResult gradeChoice(Question q, String answer) {
    OptionalInt choice = parseChoice(answer);
    return gradeQuiz(q, choice.isPresent() ? choice.getAsInt() : -1);
  }

  public static RunResult gradeQuiz(Question q, int choice) {
    if (choice < 0 || choice >= q.options().size()) {
      return RunResult.of(Verdict.NO_CODE, "Answer with one of the letters A–"
          + letter(q.options().size() - 1) + ".", "quiz");
    }
    Question.Option chosen = q.options().get(choice);
    int correct = correctIndex(q);
    String message = chosen.correct()
        ? "Correct: " + chosen.why()
        : "Not quite. " + letter(choice) + ": " + chosen.why() + " The answer is "
            + letter(correct) + ": " + q.options().get(correct).why();
    return new RunResult(chosen.correct() ? Verdict.PASSED : Verdict.FAILED, message,
        List.of(new TestResult("your choice: " + letter(choice), chosen.correct(), false,
            chosen.why(), "")), "", null, null, 0, "quiz");
  }

  public static int correctIndex(Question q) {
    for (int i = 0; i < q.options().size(); i++) {
      if (q.options().get(i).correct()) {
        return i;
      }
    }
    throw new IllegalStateException(q.id() + " has no correct option");
  }

  /**
   * Line endings, trailing white space and surrounding blank lines do not count. Leading spaces
   * do, even on the first line: an indented print is part of the output.
   */
  public static String normalizeOutput(String text) {
    if (text == null) {
      return "";
    }
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    int first = 0;
    int last = lines.length - 1;
    while (first <= last && lines[first].isBlank()) {
      first++;
    }
    while (last >= first && lines[last].isBlank()) {
      last--;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = first; i <= last; i++) {
      sb.append(i > first ? "\n" : "").append(lines[i].stripTrailing());
    }
    return sb.toString();
  }

  public static RunResult gradeOutput(Question q, String prediction) {
    String expected = normalizeOutput(q.expectedOutput());
    // a prediction in a fence of any language (```text keeps Discord from reflowing it)
    String actual = normalizeOutput(CodeBlocks.firstBlock(prediction).orElse(prediction));
    if (actual.isEmpty()) {
      return RunResult.of(Verdict.NO_CODE, "Type what you think the snippet prints.", "output");
    }
    boolean right = expected.equals(actual);
    String message = right ? "Correct." : "Not quite: that is not what the snippet prints.";
    return new RunResult(right ? Verdict.PASSED : Verdict.FAILED, message,
        List.of(new TestResult("your prediction", right, false, right ? "" : message, "")),
        "", null, null, 0, "output");
  }
}
