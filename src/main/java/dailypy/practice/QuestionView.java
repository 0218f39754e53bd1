package dailypy.practice;

import dailypy.grading.QuizGrading;
import dailypy.questions.AnswerForm;
import dailypy.questions.Presentation;
import dailypy.questions.Question;
import dailypy.questions.Reveal;
import java.nio.file.Path;
import java.util.Locale;

/** A question, its hints and its explanation as terminal text. */
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
    s.append(wrap.line(style.level(q.level(), style.bold(level)) + " " + style.bold(q.title())
        + style.dim("  " + q.topic() + " · " + q.id() + " · " + label))).append('\n');
    int rule = wrap.width() == 0 ? 60 : Math.min(60, wrap.width());
    s.append(style.dim("─".repeat(rule))).append('\n');
    s.append(markdown.render(q.prompt()));
    Presentation shown = q.kind().presentation(q);
    if (shown.hasCode()) {
      if (!shown.codeLabel().isEmpty()) {
        s.append('\n').append(style.bold(shown.codeLabel()));
      }
      s.append('\n').append(markdown.render("```python\n" + shown.code() + "\n```"));
    }
    if (!shown.options().isEmpty()) {
      s.append('\n');
      for (int i = 0; i < shown.options().size(); i++) {
        s.append(wrap.line("  " + style.bold(QuizGrading.letter(i) + ")") + " "
            + markdown.inline(shown.options().get(i).text()), "     ")).append('\n');
      }
    }
    s.append('\n').append(wrap.line(style.dim(howToAnswer(shown.form(), shown.options().size(),
        file, editor))));
    s.append('\n').append(style.dim("Commands: hint, explain, next, skip, stats, help, quit")).append('\n');
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
    StringBuilder s = new StringBuilder(style.yellow(style.bold("💡 Hint " + shown + "/" + q.hints().size())))
        .append('\n').append(markdown.render(q.hints().get(shown - 1)));
    s.append(wrap.line(style.dim(taken >= q.hints().size()
        ? "That was the last hint. `explain` shows the full answer."
        : "Each hint taken before solving costs 25% of the points."))).append('\n');
    return s.toString();
  }

  String explanation(Question q) {
    StringBuilder s = new StringBuilder(style.bold("📖 " + q.title())).append('\n');
    s.append(markdown.render(q.explanation()));
    Reveal reveal = q.kind().reveal(q);
    for (int i = 0; i < reveal.options().size(); i++) {
      Question.Option o = reveal.options().get(i);
      s.append(wrap.line((o.correct() ? "  ✅ " : "  ❌ ") + QuizGrading.letter(i) + ") "
          + markdown.inline(o.text()), "       ")).append('\n');
      if (o.why() != null && !o.why().isBlank()) {
        s.append(wrap.line("       " + style.dim(markdown.inline(o.why().strip())))).append('\n');
      }
    }
    if (reveal.hasBlock()) {
      s.append(style.bold(reveal.label())).append('\n')
          .append(markdown.render("```" + reveal.language() + "\n" + reveal.block() + "\n```"));
    }
    return s.toString();
  }
}
