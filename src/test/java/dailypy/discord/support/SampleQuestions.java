package dailypy.discord.support;

import dailypy.app.QuestionCatalog;
import dailypy.questions.Question;
import dailypy.questions.QuestionBank;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A tiny fixed catalog for the bot's tests: one function question and one quiz, with tests for
 * the real grader (two visible and two hidden cases for {@code add}).
 */
public final class SampleQuestions implements QuestionCatalog {
  public static final Question ADD = new Question("add-two-numbers", "Add two numbers", "basic", "math",
      Question.Kind.FUNCTION, "original", null,
      "Write `add(a, b)` that returns the sum of `a` and `b`.\n\nExample: `add(2, 3) == 5`.",
      "def add(a, b):\n    pass\n",
      new Question.Tests("cases", List.of(
          new Question.Case(null, "add(2, 3)", "5", null, false, false, null),
          new Question.Case(null, "add(-1, 1)", "0", null, false, false, null),
          new Question.Case(null, "add(10**20, 1)", "10**20 + 1", null, true, false, null),
          new Question.Case(null, "add(0, 0)", "0", null, true, false, null)), null, null, null),
      List.of(), List.of("Python has an operator for this.", "Use `a + b`."),
      "`a + b` adds the numbers. O(1) time and space.",
      "def add(a, b):\n    return a + b\n", List.of(), List.of(), null, List.of(), List.of(), null, null, List.of());
  public static final Question QUIZ = new Question("list-aliasing-quiz", "Aliased lists", "intermediate", "lists",
      Question.Kind.QUIZ, "original", null,
      "`x = [1, 2]; y = x; y.append(3)` — what is `x` now?", null, null, List.of(),
      List.of("Assignment does not copy.", "Both names point to one list."),
      "`y = x` binds a second name to the same list, so the append is visible through `x`.",
      null, List.of(), List.of(), null, List.of(),
      List.of(new Question.Option("[1, 2]", false, "That would need a copy such as x[:]"),
          new Question.Option("[1, 2, 3]", true, "Both names refer to the same list."),
          new Question.Option("An error", false, "Appending to a list is fine.")),
      null, null, List.of());

  /** The same two questions as a real question bank. */
  public static QuestionBank bank() {
    return new QuestionBank(List.of(ADD, QUIZ), Map.of());
  }

  private final Map<String, Question> byId = List.of(ADD, QUIZ).stream()
      .collect(Collectors.toMap(Question::id, Function.identity()));

  @Override
  public Optional<Question> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<Question> search(String text, int limit) {
    return byId.values().stream().filter(q -> q.id().contains(text) || q.title().toLowerCase().contains(text))
        .limit(limit).toList();
  }

  @Override
  public List<String> dailyPool(String level) {
    return byId.values().stream().filter(q -> q.level().equals(level)).map(Question::id).sorted().toList();
  }

  @Override
  public Optional<Question> pickDaily(List<String> candidates) {
    return candidates.stream().map(byId::get).filter(java.util.Objects::nonNull).findFirst();
  }

  @Override
  public Optional<Question> pickPractice(String level, String topic, Set<String> seen) {
    return byId.values().stream()
        .filter(q -> level == null || q.level().equals(level))
        .filter(q -> topic == null || q.topic().equals(topic))
        .findFirst();
  }

  @Override
  public String whyNone(String level, String topic) {
    return "No question matches level " + level + " topic " + topic + ".";
  }

  @Override
  public boolean gradable(Question q) {
    return true;
  }

  @Override
  public Set<String> levels() {
    return Set.of("basic", "intermediate", "advanced");
  }
}
