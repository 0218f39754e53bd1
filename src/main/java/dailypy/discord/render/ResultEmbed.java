package dailypy.discord.render;

import dailypy.discord.render.DiscordLimits.Trimmed;
import dailypy.progress.SubmissionOutcome;
import dailypy.questions.Question;
import dailypy.runner.ResultAssembler;
import dailypy.runner.RunResult;
import dailypy.runner.ShownTests;
import dailypy.runner.TestResult;
import dailypy.verdict.Verdict;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;

/**
 * The embed of a graded answer: verdict, test lines, the first visible failure, trimmed output
 * and what was earned. Pure functions of their inputs, so they are unit-tested.
 */
public final class ResultEmbed {
  static final int OUTPUT_LINES = 10;
  static final int OUTPUT_CHARS = 1000;
  private static final int MAX_TEST_LINES = 20;
  /** The message the runner gives a visible test that never ran. */
  private static final String NOT_RUN = ResultAssembler.NOT_RUN;
  private static final String NOT_RUN_MARK = "▫️ ";

  private ResultEmbed() {}

  /**
   * A result embed, and the full output (as {@code output.txt}) when the embed shows only part of
   * it. The bytes are kept rather than an upload because an upload's stream is read only once and
   * a failed edit of a result is retried as a new reply.
   */
  public record Rendered(MessageEmbed embed, byte[] outputFile) {
    /** A fresh upload of the full output for each request, or null when the embed shows it all. */
    public FileUpload attachment() {
      return outputFile == null ? null : FileUpload.fromData(outputFile, "output.txt");
    }
  }

  /**
   * The graded result: verdict, tests, trimmed output and what was earned. Never the solution.
   * Everything from the run (messages, test names, output) is user-derived: it is escaped or put
   * in code, so it shows as written ({@link MarkdownSafe}).
   *
   * @param award what the answer earned, or null when it was not recorded
   */
  public static Rendered result(Question q, RunResult r, SubmissionOutcome award) {
    EmbedBuilder e = new EmbedBuilder();
    Verdict v = r.verdict();
    e.setColor(v.passed() ? new Color(0x57F287) : v == Verdict.BUSY ? new Color(0xFEE75C) : new Color(0xED4245));
    e.setTitle(DiscordLimits.title(q.title()));
    StringBuilder d = new StringBuilder(summary(r));
    if (r.durationMillis() > 0) {
      d.append(" · ").append(r.durationMillis()).append(" ms");
    }
    // what went wrong, said once: the error or the broken rule when there is one (the message
    // repeats it), else the message, unless the tests below say it (a failed test has its field)
    if (r.error() != null) {
      RunResult.ErrorInfo err = r.error();
      d.append("\n").append(MarkdownSafe.inlineCode(err.type() + ": " + err.message(), 300));
      if (err.line() > 0) {
        d.append(" (line ").append(err.line()).append(err.column() > 0 ? ", col " + err.column() : "").append(')');
      }
    } else if (r.violation() != null) {
      d.append("\n🚫 ").append(MarkdownSafe.escape(r.violation().message(), 300));
      if (r.violation().line() > 0) {
        d.append(" (line ").append(r.violation().line()).append(')');
      }
    } else if (!r.message().isBlank() && !v.passed() && !(v == Verdict.FAILED && !r.tests().isEmpty())) {
      d.append("\n").append(MarkdownSafe.escape(r.message(), 500));
    }
    String earned = award == null ? "" : earned(award);
    if (!earned.isEmpty()) {
      d.append("\n\n").append(earned);
    }
    String why = award == null || !v.passed() ? "" : noPointsReason(award);
    if (!why.isEmpty()) {
      d.append(earned.isEmpty() ? "\n\n" : "\n").append(why);
    }
    e.setDescription(DiscordLimits.description(d.toString()));
    if (!r.tests().isEmpty()) {
      e.addField("Tests", DiscordLimits.fieldValue(testLines(r.tests())), false);
      firstVisibleFailure(r.tests()).ifPresent(t -> e.addField(
          "First failure: " + MarkdownSafe.escape(t.name(), 200),
          DiscordLimits.fieldValue(failureDetail(t)), false));
    }
    byte[] outputFile = null;
    if (!r.output().isEmpty()) {
      Trimmed out = DiscordLimits.trimLines(r.output(), OUTPUT_LINES, OUTPUT_CHARS);
      e.addField(out.cut() ? "Output (trimmed, full text attached)" : "Output",
          MarkdownSafe.codeBlock("", out.text(), DiscordLimits.FIELD_VALUE), false);
      if (out.cut()) {
        outputFile = r.output().getBytes(StandardCharsets.UTF_8);
      }
    }
    String gradedBy = r.gradedBy();
    e.setFooter("id: " + q.id() + (gradedBy.isEmpty() ? "" : " · " + gradedBy));
    return new Rendered(Embeds.fit(e), outputFile);
  }

  /** The verdict and, when tests exist, how many passed, or that none ran. */
  private static String summary(RunResult r) {
    Verdict v = r.verdict();
    String head = v.emoji() + " **" + v.label() + "**";
    if (r.tests().isEmpty()) {
      return head;
    }
    long notRun = r.tests().stream().filter(t -> ShownTests.notRun(t, r.tests())).count();
    if (notRun == r.tests().size()) {
      return head + " · tests not run";
    }
    return head + " · " + r.passedCount() + "/" + r.tests().size() + " tests"
        + (notRun > 0 ? ", " + notRun + " not run" : "");
  }

  /**
   * Why a correct answer earned no points, or "": it was solved before, or the explanation was
   * revealed first. An answer after its day still earns points, but no streak.
   */
  static String noPointsReason(SubmissionOutcome award) {
    if (award.resolve()) {
      return "Already solved before: no new points.";
    }
    if (award.solved() && award.revealed() && award.totalAwarded() == 0) {
      return "No points: the explanation was revealed before this answer.";
    }
    if (award.solved() && award.late()) {
      return "Answered after its day: points, but no streak.";
    }
    return "";
  }

  /** Points, streak and freezes a submission earned or used, or "" when nothing changed. */
  public static String earned(SubmissionOutcome award) {
    List<String> parts = new ArrayList<>();
    if (award.totalAwarded() > 0) {
      parts.add("+" + award.totalAwarded() + " points" + (award.firstSolverBonus() > 0 ? " (first solver bonus!)" : ""));
    }
    if (award.streakCredited()) {
      parts.add("🔥 streak " + award.streakAfter());
    }
    if (award.freezesUsed() > 0) {
      parts.add(award.freezesUsed() == 1 ? "🧊 freeze used" : "🧊 " + award.freezesUsed() + " freezes used");
    }
    if (award.freezeEarned()) {
      parts.add("🧊 freeze earned");
    }
    return String.join(" · ", parts);
  }

  static String testLines(List<TestResult> all) {
    List<String> lines = new ArrayList<>();
    List<TestResult> tests = ShownTests.of(all);
    int hiddenNo = 0;
    for (int i = 0; i < tests.size() && i < MAX_TEST_LINES; i++) {
      TestResult t = tests.get(i);
      // Random cases keep their Java-made names ("random test 17 of 50"); other hidden tests
      // are numbered here whatever they were called.
      String name = t.name().startsWith("random test") && t.hidden() ? t.name()
          : t.hidden() ? "hidden test " + (++hiddenNo) : t.name();
      if (ShownTests.notRun(t, tests)) {
        lines.add(NOT_RUN_MARK + MarkdownSafe.inlineCode(name, 80)
            + " " + NOT_RUN);
      } else {
        lines.add((t.passed() ? "✅ " : "❌ ") + MarkdownSafe.inlineCode(name, 80));
      }
    }
    if (tests.size() > MAX_TEST_LINES) {
      lines.add("… and " + (tests.size() - MAX_TEST_LINES) + " more");
    }
    return String.join("\n", lines);
  }

  static Optional<TestResult> firstVisibleFailure(List<TestResult> tests) {
    return tests.stream().filter(t -> !t.passed() && !t.hidden() && !ShownTests.notRun(t, tests)).findFirst();
  }


  private static String failureDetail(TestResult t) {
    StringBuilder s = new StringBuilder(MarkdownSafe.escape(t.message(), 600));
    if (t.output() != null && !t.output().isBlank()) {
      Trimmed out = DiscordLimits.trimLines(t.output(), 5, 300);
      s.append("\n").append(MarkdownSafe.codeBlock("", out.text(), 360));
    }
    return s.toString();
  }
}
