package dailypy.cli;

import dailypy.runner.RunResult;
import dailypy.verdict.Verdict;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder form's summary: one aligned row per exercise with its verdict, tests passed, CPU
 * time and what went wrong (the first failing test, the error, or why the folder was refused).
 */
final class RunTestsTable {
  private static final String[] HEADER = {"exercise", "verdict", "tests", "time", "first failure"};
  private final List<String[]> rows = new ArrayList<>();
  private final long passed;
  private final int total;

  RunTestsTable(List<RunTestsCommand.Planned> planned, List<RunResult> results) {
    for (int i = 0; i < planned.size(); i++) {
      rows.add(row(planned.get(i), results.get(i)));
    }
    passed = results.stream().filter(r -> r != null && r.verdict() == Verdict.PASSED).count();
    total = planned.size();
  }

  private static String[] row(RunTestsCommand.Planned p, RunResult r) {
    if (r == null) {
      return new String[] {p.name(), "REFUSED", "-", "-", p.refusal()};
    }
    String failure = RunTestsCommand.firstFailure(r);
    if (failure.isEmpty() && r.verdict() != Verdict.PASSED) {
      failure = r.message().lines().findFirst().orElse("");
    }
    return new String[] {p.name(), r.verdict().name(), r.passedCount() + "/" + r.tests().size(),
        r.durationMillis() + " ms", failure};
  }

  void print(PrintStream out) {
    int[] widths = new int[HEADER.length];
    for (int c = 0; c < HEADER.length; c++) {
      widths[c] = HEADER[c].length();
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    printRow(out, HEADER, widths);
    rows.forEach(row -> printRow(out, row, widths));
    out.printf("%d of %d exercises passed%n", passed, total);
  }

  /** Text columns left-aligned, the counts and times right-aligned; the last column is free. */
  private static void printRow(PrintStream out, String[] row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < row.length; c++) {
      boolean numeric = c == 2 || c == 3;
      boolean last = c == row.length - 1;
      String cell = row[c];
      if (last) {
        line.append(cell);
      } else if (numeric) {
        line.append(" ".repeat(widths[c] - cell.length())).append(cell).append("  ");
      } else {
        line.append(cell).append(" ".repeat(widths[c] - cell.length())).append("  ");
      }
    }
    out.println(line.toString().stripTrailing());
  }
}
