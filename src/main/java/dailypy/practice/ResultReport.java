package dailypy.practice;

import static dailypy.practice.Style.Look.BOLD;
import static dailypy.practice.Style.Look.DIM;
import static dailypy.practice.Style.Look.GREEN;
import static dailypy.practice.Style.Look.RED;

import dailypy.runner.RunResult;
import dailypy.runner.ShownTests;
import dailypy.runner.TestResult;
import dailypy.verdict.Verdict;
import java.util.List;

/**
 * A result as text for terminals and logs, with what the Discord embed shows: the verdict,
 * passed/total and time, one line per test with the first visible failure detailed (hidden tests
 * say only pass or fail), and the output trimmed to ten lines.
 */
public final class ResultReport {

  private static final int OUTPUT_LINES = 10;
  private static final int OUTPUT_CHARS = 1000;

  private ResultReport() {}

  /** Plain text, for commands and logs. */
  public static String render(RunResult r) {
    return render(r, Style.plain());
  }

  public static String render(RunResult r, Style style) {
    StringBuilder sb = new StringBuilder();
    String head = r.verdict().emoji() + " " + r.verdict().label();
    sb.append(r.verdict() == Verdict.PASSED ? style.paint(GREEN, style.paint(BOLD, head)) : style.paint(RED, style.paint(BOLD, head)));
    if (!r.tests().isEmpty()) {
      sb.append(" — ").append(r.passedCount()).append('/').append(r.tests().size())
          .append(" tests passed");
    }
    String gradedBy = r.gradedBy();
    sb.append(style.paint(DIM, " (" + r.durationMillis() + " ms" + (gradedBy.isEmpty() ? ""
        : " · " + gradedBy) + ")")).append('\n');
    if (!r.message().isEmpty()) {
      sb.append(r.message()).append('\n');
    }
    if (r.error() != null && !r.error().traceback().isBlank()) {
      sb.append(indent(r.error().traceback())).append('\n');
    }
    boolean detailed = false;
    List<TestResult> shown = ShownTests.of(r.tests());
    for (TestResult t : shown) {
      if (ShownTests.notRun(t, shown)) {
        sb.append("  ▫️ ").append(t.name()).append(" (not run)\n");
        continue;
      }
      sb.append(t.passed() ? "  ✅ " : "  ❌ ").append(t.name()).append('\n');
      if (!t.passed() && !t.hidden() && !detailed && !t.message().isEmpty()) {
        sb.append(indent(t.message())).append('\n');
        if (!t.output().isEmpty()) {
          sb.append("      output:\n").append(indent(excerpt(t.output()))).append('\n');
        }
        detailed = true;
      }
    }
    if (!r.output().isEmpty()) {
      sb.append("output:\n").append(indent(excerpt(r.output()))).append('\n');
    }
    return sb.toString();
  }

  /** At most ten lines and about 1000 characters, saying how much was left out. */
  static String excerpt(String text) {
    String[] lines = text.stripTrailing().split("\n", -1);
    String kept = lines.length <= OUTPUT_LINES ? String.join("\n", lines)
        : String.join("\n", java.util.Arrays.copyOf(lines, OUTPUT_LINES));
    int moreLines = Math.max(0, lines.length - OUTPUT_LINES);
    if (kept.length() > OUTPUT_CHARS) {
      kept = kept.substring(0, OUTPUT_CHARS);
      return kept + "\n… (output cut at " + OUTPUT_CHARS + " characters)";
    }
    return moreLines == 0 ? kept : kept + "\n… (" + moreLines + " more lines)";
  }

  private static String indent(String text) {
    return "      " + text.stripTrailing().replace("\n", "\n      ");
  }
}
