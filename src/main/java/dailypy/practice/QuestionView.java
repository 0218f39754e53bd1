package dailypy.practice;

import static dailypy.practice.Style.Look.BOLD;
import static dailypy.practice.Style.Look.DIM;
import static dailypy.practice.Style.Look.GREEN;
import static dailypy.practice.Style.Look.RED;
import static dailypy.practice.Style.Look.YELLOW;

import dailypy.grading.QuizGrading;
import dailypy.questions.AnswerForm;
import dailypy.questions.Presentation;
import dailypy.questions.Question;
import dailypy.questions.Reveal;
import dailypy.runner.RunResult;
import dailypy.verdict.Verdict;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;

/** A question, its hints, its explanation and the verdict on a picked option, as terminal text. */
final class QuestionView {
  private final Style style;
  private final TextWrap wrap;
  private final MarkdownText markdown;

  QuestionView(Style style, TextWrap wrap) {
    this.style = style;
    this.wrap = wrap;
    this.markdown = new MarkdownText(style, wrap);
  }

  /**
   * @param label "Today's basic question" or "Practice"
   * @param file the watched answer file, or null when files are off
   */
  String question(Question q, String label, Path file, boolean editor) {
    StringBuilder s = new StringBuilder("\n");
    String level = "[" + q.level().toUpperCase(Locale.ROOT) + "]";
    s.append(wrap.line(style.level(q.level(), style.paint(BOLD, level)) + " " + style.paint(BOLD, q.title())
        + style.paint(DIM, "  " + q.topic() + " · " + q.id() + " · " + label))).append('\n');
    int rule = wrap.width() == 0 ? 60 : Math.min(60, wrap.width());
    s.append(style.paint(DIM, "─".repeat(rule))).append('\n');
    s.append(markdown.render(q.prompt()));
    Presentation shown = q.kind().presentation(q);
    if (shown.hasCode()) {
      if (!shown.codeLabel().isEmpty()) {
        s.append('\n').append(style.paint(BOLD, shown.codeLabel()));
      }
      s.append('\n').append(markdown.render("```python\n" + shown.code() + "\n```"));
    }
    if (!shown.options().isEmpty()) {
      s.append('\n');
      for (int i = 0; i < shown.options().size(); i++) {
        s.append(wrap.line("  " + style.paint(BOLD, QuizGrading.letter(i) + ")") + " "
            + markdown.inline(shown.options().get(i).text()), "     ")).append('\n');
      }
    }
    s.append('\n').append(wrap.line(style.paint(DIM, howToAnswer(shown.form(), shown.options().size(),
        file, editor))));
    s.append('\n').append(style.paint(DIM, "Commands: hint, explain, next, skip, stats, help, quit")).append('\n');
    return s.toString();
  }

  /** How to hand the answer in at the terminal, for the question's answer form. */
  private static String howToAnswer(AnswerForm form, int options, Path file, boolean editor) {
    if (form.picksOption()) {
      return "Answer with a letter, A–" + QuizGrading.letter(options - 1) + ".";
    }
    if (!form.runsAnswer()) {
      return "Type what it prints, then a line holding only EOF"
          + (file == null ? "." : ", or save it in " + file + ".");
    }
    return "Paste your code and end it with a line holding only EOF"
        + (file == null ? "" : ", or save it in " + file + " (graded on every save)")
        + (editor ? ", or type `edit` to open it in $EDITOR" : "") + ".";
  }

  String hint(Question q, int taken) {
    int shown = Math.min(taken, q.hints().size());
    StringBuilder s = new StringBuilder(style.paint(YELLOW, style.paint(BOLD, "💡 Hint " + shown + "/" + q.hints().size())))
        .append('\n').append(markdown.render(q.hints().get(shown - 1)));
    s.append(wrap.line(style.paint(DIM, taken >= q.hints().size()
        ? "That was the last hint. `explain` shows the full answer."
        : "Each hint taken before solving costs 25% of the points."))).append('\n');
    return s.toString();
  }

  String explanation(Question q) {
    StringBuilder s = new StringBuilder(style.paint(BOLD, "📖 " + q.title())).append('\n');
    s.append(markdown.render(q.explanation()));
    Reveal reveal = q.kind().reveal(q);
    for (int i = 0; i < reveal.options().size(); i++) {
      Question.Option o = reveal.options().get(i);
      s.append(wrap.line((o.correct() ? "  ✅ " : "  ❌ ") + QuizGrading.letter(i) + ") "
          + markdown.inline(o.text()), "       ")).append('\n');
      if (o.why() != null && !o.why().isBlank()) {
        s.append(wrap.line("       " + style.paint(DIM, markdown.inline(o.why().strip())))).append('\n');
      }
    }
    if (reveal.hasBlock()) {
      s.append(style.paint(BOLD, reveal.label())).append('\n')
          .append(markdown.render("```" + reveal.language() + "\n" + reveal.block() + "\n```"));
    }
    return s.toString();
  }

  /**
   * A quiz answer in practice's own words. The shared grading text names the right option after a
   * wrong one, which suits a daily quiz whose first choice is final; practice lets the user try
   * again, so a wrong choice is explained without giving the answer away, and the answer is shown
   * only by {@code explain}, which records the reveal.
   */
  String quizAnswer(Question q, String answer, RunResult result) {
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
      return wrap.line(style.paint(GREEN, style.paint(BOLD, "✅ Correct!")) + " " + picked) + why + "\n";
    }
    return wrap.line(style.paint(RED, style.paint(BOLD, "❌ Not quite.")) + " You chose " + picked) + why + "\n"
        + wrap.line(style.paint(DIM, "Try another letter, or `explain` to see the answer (before solving, that forfeits the points)."))
        + "\n";
  }
}
