package dailypy.questions;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bank described in numbers: counts by level, kind and topic and the source guide's
 * questions. {@link #markdown} is docs/question-bank.md, which BankContentTest compares with the
 * bank, so the document cannot drift from it.
 */
public final class BankStats {

  /** The command that writes docs/question-bank.md. */
  public static final String COMMAND = "tutor questions stats --markdown > docs/question-bank.md";

  private BankStats() {}

  /** docs/question-bank.md for this bank. */
  public static String markdown(QuestionBank bank) {
    StringBuilder out = new StringBuilder();
    List<Question> all = bank.all();
    List<Question> guide = all.stream().filter(q -> "guide".equals(q.source()))
        .sorted(Comparator.comparing(Question::guideNumber)).toList();
    out.append("# Question bank\n\n");
    out.append("Generated from `questions/` by `").append(COMMAND).append("`. Do not edit it by ")
        .append("hand: BankContentTest fails when it differs from what the command prints.\n\n");
    out.append(all.size()).append(" questions, ").append(guide.size())
        .append(" of them from the source guide.\n\n");

    out.append("## By level and kind\n\n");
    List<String> kinds = all.stream().map(q -> q.kind().yamlName()).distinct().sorted().toList();
    out.append("| level | ").append(String.join(" | ", kinds)).append(" | total |\n");
    out.append("|---|").append("---|".repeat(kinds.size() + 1)).append('\n');
    for (String level : Catalog.LEVELS) {
      List<Question> qs = bank.filter(level, null);
      out.append("| ").append(level);
      for (String kind : kinds) {
        out.append(" | ").append(qs.stream().filter(q -> q.kind().yamlName().equals(kind))
            .count());
      }
      out.append(" | ").append(qs.size()).append(" |\n");
    }
    out.append("| total");
    for (String kind : kinds) {
      out.append(" | ").append(all.stream().filter(q -> q.kind().yamlName().equals(kind))
          .count());
    }
    out.append(" | ").append(all.size()).append(" |\n\n");

    out.append("## By topic and level\n\n");
    out.append("| topic | ").append(String.join(" | ", Catalog.LEVELS)).append(" | total |\n");
    out.append("|---|").append("---|".repeat(Catalog.LEVELS.size() + 1)).append('\n');
    Map<String, List<Question>> byTopic = group(all, Question::topic);
    byTopic.forEach((topic, qs) -> {
      out.append("| ").append(topic);
      for (String level : Catalog.LEVELS) {
        out.append(" | ").append(qs.stream().filter(q -> q.level().equals(level)).count());
      }
      out.append(" | ").append(qs.size()).append(" |\n");
    });
    out.append('\n');

    out.append("## Random cases\n\n");
    out.append("Function and class questions with seeded random hidden cases (")
        .append("docs/question-format.md, \"Random cases\"), by level.\n\n");
    out.append("| level | with random cases | function and class | share | random cases |\n");
    out.append("|---|---|---|---|---|\n");
    for (String level : Catalog.LEVELS) {
      randomRow(out, level, bank.filter(level, null));
    }
    randomRow(out, "total", all);
    out.append('\n');

    out.append("## The source guide's questions\n\n");
    // The guide itself is not part of this repository; its numbers are kept for reference.
    out.append("The questions taken from the interview guide the bank grew from (a document ")
        .append("outside this repository), by their number there (`guide_number`).\n\n");
    out.append("| # | id | level | topic | kind | random cases |\n|---|---|---|---|---|---|\n");
    for (Question q : guide) {
      out.append("| ").append(q.guideNumber()).append(" | `").append(q.id()).append("` | ")
          .append(q.level()).append(" | ").append(q.topic()).append(" | ")
          .append(q.kind().yamlName()).append(" | ").append(randomCount(q)).append(" |\n");
    }
    return out.toString();
  }

  /** How many random cases a question runs; 0 without a generator. */
  public static int randomCount(Question q) {
    Question.RandomCases r = q.tests() == null ? null : q.tests().random();
    return r == null || r.count() == null ? 0 : r.count();
  }

  private static void randomRow(StringBuilder out, String label, List<Question> qs) {
    List<Question> code = qs.stream().filter(q -> q.kind() == Question.Kind.FUNCTION
        || q.kind() == Question.Kind.CLASS).toList();
    long with = code.stream().filter(q -> randomCount(q) > 0).count();
    long cases = code.stream().mapToLong(BankStats::randomCount).sum();
    out.append("| ").append(label).append(" | ").append(with).append(" | ").append(code.size())
        .append(" | ").append(code.isEmpty() ? 0 : Math.round(100.0 * with / code.size()))
        .append("% | ").append(cases).append(" |\n");
  }

  /** A short plain-text summary for a terminal: counts by level, kind and topic. */
  public static String text(QuestionBank bank) {
    StringBuilder out = new StringBuilder();
    List<Question> all = bank.all();
    out.append(all.size()).append(" questions, ")
        .append(all.stream().filter(q -> "guide".equals(q.source())).count())
        .append(" from the source guide\n");
    section(out, "level", all, Question::level);
    section(out, "kind", all, q -> q.kind().yamlName());
    section(out, "topic", all, Question::topic);
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<Question> all,
      Function<Question, String> key) {
    Map<String, List<Question>> groups = group(all, key);
    int width = Math.max(title.length(), groups.keySet().stream().mapToInt(String::length).max()
        .orElse(0));
    out.append('\n').append(String.format("%-" + width + "s  %5s%n", title, "count"));
    groups.forEach((k, qs) -> out.append(String.format("%-" + width + "s  %5d%n", k,
        qs.size())));
  }

  private static Map<String, List<Question>> group(List<Question> all,
      Function<Question, String> key) {
    return all.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
  }
}
