package dailypy.practice;

import static dailypy.practice.Style.Look.BOLD;
import static dailypy.practice.Style.Look.DIM;
import static dailypy.practice.Style.Look.GREEN;

import dailypy.progress.Level;
import dailypy.progress.Profile;
import dailypy.progress.SubmissionOutcome;
import dailypy.questions.Question;
import dailypy.verdict.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** What an answer earned and the player's progress, as terminal text. */
final class ProgressText {
  private final Style style;

  ProgressText(Style style) {
    this.style = style;
  }

  /** The points, streak and freezes a recorded answer earned; nothing unless it passed. */
  String award(SubmissionOutcome o) {
    if (o.verdict() != Verdict.PASSED) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    if (o.resolve()) {
      s.append("Already solved before: no new points.");
    } else {
      s.append(style.paint(GREEN, "+" + o.totalAwarded() + " points"));
      if (o.firstSolverBonus() > 0) {
        s.append(style.paint(DIM, " (first solver +" + o.firstSolverBonus() + ")"));
      }
      if (o.hintsTaken() > 0 || o.revealed()) {
        s.append(style.paint(DIM, o.revealed() ? " (answer revealed first)" : " (" + o.hintsTaken() + " hint"
            + (o.hintsTaken() == 1 ? "" : "s") + " taken)"));
      }
      if (o.streakCredited()) {
        s.append(" · 🔥 streak ").append(o.streakAfter());
        if (o.freezesUsed() > 0) {
          s.append(" · 🧊 ").append(o.freezesUsed() == 1 ? "a freeze" : o.freezesUsed() + " freezes")
              .append(" kept it going over a missed day");
        }
        if (o.freezeEarned()) {
          s.append(" · 🧊 freeze earned");
        }
      }
    }
    s.append('\n').append(style.paint(DIM, "`next` for another question, `explain` for the explanation.")).append('\n');
    return s.toString();
  }

  /** Streak, points, solves by level and topic, weak topics and today's questions. */
  String stats(Profile p, LocalDate today, List<Question> todays, Predicate<Question> solved) {
    StringBuilder s = new StringBuilder(style.paint(BOLD, "Your progress")).append('\n');
    s.append("  🔥 streak ").append(p.streak().current()).append(" (longest ").append(p.streak().longest())
        .append(") · 🧊 freezes ").append(p.streak().freezes()).append(" · ⭐ ").append(p.points()).append(" points\n");
    s.append("  solved:");
    for (Level l : Level.values()) {
      s.append(' ').append(l.id()).append(' ').append(p.solvedByLevel().getOrDefault(l, 0));
    }
    s.append('\n');
    for (Profile.TopicStats t : p.topics()) {
      s.append(String.format(Locale.ROOT, "  %-22s %3d solved, %3.0f%% of %d answers passed%n", t.topic(),
          t.solved(), 100 * t.successRate(), t.attempts()));
    }
    if (!p.weakTopics().isEmpty()) {
      s.append("  practise next: ").append(String.join(", ", p.weakTopics()))
          .append(style.paint(DIM, "  (tutor practice --topic " + p.weakTopics().get(0) + ")")).append('\n');
    }
    if (!todays.isEmpty()) {
      s.append("  today (").append(today).append("):");
      todays.forEach(q -> s.append(' ').append(solved.test(q) ? "✅ " : "⬜ ").append(q.id()));
      s.append('\n');
    }
    return s.toString();
  }
}
