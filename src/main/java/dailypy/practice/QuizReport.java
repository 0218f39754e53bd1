package dailypy.practice;

import dailypy.grading.QuizGrading;
import dailypy.questions.Question;
import dailypy.runner.RunResult;
import dailypy.verdict.Verdict;
import java.util.OptionalInt;

/**
 * A quiz answer in practice's own words. The shared grading text names the right option after a
 * wrong one, which suits a daily quiz whose first choice is final; practice lets the user try
 * again, so a wrong choice is explained without giving the answer away, and the answer is shown
 * only by {@code explain}, which records the reveal.
 */
final class QuizReport {
  private final Style style;
  private final TextWrap wrap;
  private final MarkdownText markdown;

  QuizReport(Style style, TextWrap wrap) {
    this.style = style;
    this.wrap = wrap;
    this.markdown = new MarkdownText(style, wrap);
  }

  String render(Question q, String answer, RunResult result) {
    OptionalInt choice = QuizGrading.parseChoice(answer);
    if (result.verdict() == Verdict.NO_CODE || choice.isEmpty()) {
      return result.message() + "\n";
    }
    int i = choice.getAsInt();
    Question.Option chosen = q.options().get(i);
    String picked = QuizGrading.letter(i) + ") " + markdown.inline(chosen.text());
    String why = chosen.why() == null || chosen.why().isBlank() ? ""
        : "\n" + wrap.line("   " + markdown.inline(chosen.why().strip()));
    if (result.verdict() == Verdict.PASSED) {
      return wrap.line(style.green(style.bold("✅ Correct!")) + " " + picked) + why + "\n";
    }
    return wrap.line(style.red(style.bold("❌ Not quite.")) + " You chose " + picked) + why + "\n"
        + wrap.line(style.dim("Try another letter, or `explain` to see the answer (before solving, that forfeits the points)."))
        + "\n";
  }
}
