package dailypy.cli;

import dailypy.questions.Problem;
import dailypy.questions.Question;
import dailypy.questions.QuestionBank;
import dailypy.questions.QuestionLoader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The bank as the one-question commands see it: a broken file is left out with a warning that
 * names it and says why, so it never stops the others; asking for a broken or unknown question
 * is one line that says which, and for an unknown id, which ids are close.
 */
final class QuestionLookup {
  private final Path dir;
  private final QuestionLoader.Result loaded;

  private QuestionLookup(Path dir, QuestionLoader.Result loaded) {
    this.dir = dir;
    this.loaded = loaded;
  }

  /** Loads the bank, warning on {@code err} about each file left out. */
  static QuestionLookup load(Path dir, PrintStream err) {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(dir + ": no such question folder (give the bank's folder "
          + "with --questions)");
    }
    QuestionLoader.Result loaded = QuestionLoader.load(dir);
    Map<Path, List<Problem>> byFile = byFile(loaded.problems());
    byFile.forEach((file, problems) -> err.println("warning: left out " + file + ": "
        + describe(problems)));
    return new QuestionLookup(dir, loaded);
  }

  QuestionBank bank() {
    return loaded.bank();
  }

  /**
   * The question with {@code id}.
   *
   * @throws BadInputException naming the broken file, or the close ids of an unknown one
   */
  Question find(String id) {
    var found = loaded.bank().find(id);
    if (found.isPresent()) {
      return found.get();
    }
    Map<Path, List<Problem>> broken = byFile(loaded.problems().stream()
        .filter(p -> stem(p.file()).equals(id)).toList());
    if (!broken.isEmpty()) {
      var entry = broken.entrySet().iterator().next();
      throw new BadInputException("refused to grade '" + id + "': its file " + entry.getKey()
          + " has a problem: " + describe(entry.getValue()));
    }
    List<String> close = closeIds(id, loaded.bank().all().stream().map(Question::id).toList());
    throw new BadInputException("no question '" + id + "' in " + dir
        + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?")
        + " (`tutor questions list` lists them)");
  }

  /** Up to three ids a typo away from {@code id}, or that contain it, closest first. */
  static List<String> closeIds(String id, List<String> ids) {
    String wanted = id.toLowerCase(Locale.ROOT);
    int allowed = Math.max(2, wanted.length() / 3);
    return ids.stream()
        .filter(i -> i.contains(wanted) || distance(wanted, i) <= allowed)
        .sorted(Comparator.comparingInt((String i) -> distance(wanted, i))
            .thenComparing(Comparator.naturalOrder()))
        .limit(3).toList();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }

  private static Map<Path, List<Problem>> byFile(List<Problem> problems) {
    return problems.stream().collect(Collectors.groupingBy(Problem::file,
        java.util.LinkedHashMap::new, Collectors.toList()));
  }

  /** The first problem with its line and field, and how many more there are. */
  private static String describe(List<Problem> problems) {
    Problem first = problems.get(0);
    String where = (first.line() > 0 ? "line " + first.line() : "")
        + (first.field().isEmpty() ? "" : (first.line() > 0 ? ", " : "") + first.field());
    return (where.isEmpty() ? "" : where + ": ") + first.message()
        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
