package dailypy.cli;

import dailypy.runner.RunResult;
import dailypy.runner.TestResult;

/** A readable, plain-text report of a result for terminals and logs. */
public final class ResultReport {

  private static final int OUTPUT_LINES = 10;

  private ResultReport() {}

  public static String render(RunResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.verdict().emoji()).append(' ').append(r.verdict().label());
    if (!r.tests().isEmpty()) {
      sb.append(" — ").append(r.passedCount()).append('/').append(r.tests().size())
          .append(" tests passed");
    }
    sb.append(" (").append(r.durationMillis()).append(" ms)\n");
    if (!r.message().isEmpty()) {
      sb.append(r.message()).append('\n');
    }
    if (r.error() != null && !r.error().traceback().isBlank()) {
      sb.append(indent(r.error().traceback())).append('\n');
    }
    boolean detailed = false;
    for (TestResult t : r.tests()) {
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

  private static String excerpt(String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length <= OUTPUT_LINES) {
      return text.stripTrailing();
    }
    return String.join("\n", java.util.Arrays.copyOf(lines, OUTPUT_LINES))
        + "\n… (" + (lines.length - OUTPUT_LINES) + " more lines)";
  }

  private static String indent(String text) {
    return "      " + text.stripTrailing().replace("\n", "\n      ");
  }
}
