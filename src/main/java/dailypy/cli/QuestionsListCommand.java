package dailypy.cli;

import dailypy.questions.Catalog;
import dailypy.questions.Question;
import dailypy.questions.QuestionBank;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code questions list}: the bank as an aligned table, filtered by level, topic and kind. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the questions (id, level, topic, kind, title), easiest level first; "
        + "`grade ID ANSWER` and `practice -q ID` take the ids.")
final class QuestionsListCommand implements Callable<Integer> {

  @Option(names = "--questions", defaultValue = AppConfig.Questions.DEFAULT_DIR, description = "Bank folder.")
  Path dir;

  @Option(names = {"-l", "--level"}, description = "Only this level: basic, intermediate or advanced.")
  String level;

  @Option(names = {"-t", "--topic"}, description = "Only this topic, such as strings or recursion.")
  String topic;

  @Option(names = {"-k", "--kind"}, description = "Only this kind: function, class, test-writing,"
      + " quiz or output.")
  String kind;

  private final PrintStream out;

  QuestionsListCommand() {
    this(System.out);
  }

  QuestionsListCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() {
    QuestionBank bank = QuestionLookup.load(dir, System.err).bank();
    String wantedLevel = known("--level", level, Catalog.LEVELS);
    String wantedTopic = known("--topic", topic, new TreeSet<>(Catalog.TOPICS));
    String wantedKind = known("--kind", kind, Arrays.stream(Question.Kind.values())
        .map(Question.Kind::yamlName).toList());
    List<Question> selected = bank.all().stream()
        .filter(q -> wantedLevel == null || q.level().equals(wantedLevel))
        .filter(q -> wantedTopic == null || q.topic().equals(wantedTopic))
        .filter(q -> wantedKind == null || q.kind().yamlName().equals(wantedKind))
        .sorted(Comparator.comparingInt((Question q) -> Catalog.LEVELS.indexOf(q.level()))
            .thenComparing(Question::topic).thenComparing(Question::id))
        .toList();
    if (selected.isEmpty()) {
      out.println("No question matches the filters.");
      return 0;
    }
    print(selected);
    return 0;
  }

  private void print(List<Question> questions) {
    int id = width("id", questions.stream().map(Question::id));
    int lvl = width("level", questions.stream().map(Question::level));
    int top = width("topic", questions.stream().map(Question::topic));
    int knd = width("kind", questions.stream().map(q -> q.kind().yamlName()));
    String format = "%-" + id + "s  %-" + lvl + "s  %-" + top + "s  %-" + knd + "s  %s%n";
    out.printf(format, "id", "level", "topic", "kind", "title");
    for (Question q : questions) {
      out.printf(format, q.id(), q.level(), q.topic(), q.kind().yamlName(), q.title());
    }
    out.println(questions.size() + (questions.size() == 1 ? " question" : " questions"));
  }

  private static int width(String header, java.util.stream.Stream<String> values) {
    return Math.max(header.length(), values.mapToInt(String::length).max().orElse(0));
  }

  /** The filter in lower case, or a {@link BadInputException} listing the known values. */
  private static String known(String option, String value, java.util.Collection<String> known) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String wanted = value.strip().toLowerCase(Locale.ROOT);
    if (!known.contains(wanted)) {
      List<String> close = QuestionLookup.closeIds(wanted, List.copyOf(known));
      throw new BadInputException(option + ": unknown value '" + value + "'"
          + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?")
          + " (known: " + known.stream().collect(Collectors.joining(", ")) + ")");
    }
    return wanted;
  }
}
