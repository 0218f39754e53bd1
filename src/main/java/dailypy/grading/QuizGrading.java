package dailypy.grading;

import dailypy.questions.Kind;
import dailypy.questions.Question;
import dailypy.questions.QuizOption;
import dailypy.runner.RunResult;
import dailypy.runner.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grades a quiz answer: an option letter ({@code B}, {@code b)}, {@code (b)}, {@code option B})
 * or number ({@code 2}), or the option's exact text. The message carries the chosen option's
 * "why", so a wrong answer teaches something too.
 */
public final class QuizGrading {

  static final String BACKEND = "quiz";
  private static final Pattern CHOICE =
      Pattern.compile("(?i)^(?:option|answer)?\\s*[(\\[]?\\s*([a-e]|[1-5])\\s*[)\\].:]?$");

  private QuizGrading() {}

  public static RunResult grade(Question q, String answer) {
    if (q.kind() != Kind.QUIZ) {
      throw new IllegalArgumentException(q.id() + " is not a quiz");
    }
    List<QuizOption> options = q.options();
    OptionalInt chosen = choice(answer == null ? "" : answer, options);
    if (chosen.isEmpty()) {
      return RunResult.of(Verdict.NO_CODE, "Answer with an option letter (A–"
          + letter(options.size() - 1) + ") or number (1–" + options.size() + ").", BACKEND);
    }
    int i = chosen.getAsInt();
    QuizOption o = options.get(i);
    String text = letter(i) + (o.correct() ? " is right: " : " is not right: ") + o.why();
    return RunResult.of(o.correct() ? Verdict.PASSED : Verdict.FAILED, text, BACKEND);
  }

  /** The 0-based option the answer names, if it names one. */
  static OptionalInt choice(String answer, List<QuizOption> options) {
    String a = answer.strip();
    Matcher m = CHOICE.matcher(a);
    if (m.matches()) {
      String c = m.group(1).toLowerCase(Locale.ROOT);
      int i = Character.isDigit(c.charAt(0)) ? c.charAt(0) - '1' : c.charAt(0) - 'a';
      return i < options.size() ? OptionalInt.of(i) : OptionalInt.empty();
    }
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).text().strip().equalsIgnoreCase(a)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** A for the first option, B for the second. */
  public static String letter(int index) {
    return String.valueOf((char) ('A' + index));
  }
}
