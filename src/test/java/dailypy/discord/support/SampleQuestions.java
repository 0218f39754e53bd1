package dailypy.discord.support;

import dailypy.discord.BotQuestion;
import dailypy.discord.QuestionCatalog;
import dailypy.questions.Question;
import dailypy.questions.QuestionBank;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A tiny fixed catalog for the bot's tests: one function question and one quiz. */
public final class SampleQuestions implements QuestionCatalog {
  public static final BotQuestion ADD = new BotQuestion(
      "add-two-numbers", "Add two numbers", "basic", "math", "function",
      "Write `add(a, b)` that returns the sum of `a` and `b`.\n\nExample: `add(2, 3) == 5`.",
      "def add(a, b):\n    pass\n",
      List.of("Python has an operator for this.", "Use `a + b`."),
      "`a + b` adds the numbers. O(1) time and space.",
      "def add(a, b):\n    return a + b\n",
      List.of());
  public static final BotQuestion QUIZ = new BotQuestion(
      "list-aliasing-quiz", "Aliased lists", "intermediate", "lists", "quiz",
      "`x = [1, 2]; y = x; y.append(3)` — what is `x` now?", "",
      List.of("Assignment does not copy.", "Both names point to one list."),
      "`y = x` binds a second name to the same list, so the append is visible through `x`.",
      "",
      List.of(new BotQuestion.Option("[1, 2]", false, "That would need a copy such as x[:]"),
          new BotQuestion.Option("[1, 2, 3]", true, "Both names refer to the same list."),
          new BotQuestion.Option("An error", false, "Appending to a list is fine.")));

  /**
   * The same two questions as a real question bank, with tests for the real grader: two visible
   * and two hidden cases for {@code add}.
   */
  public static QuestionBank bank() {
    Question add = new Question(ADD.id(), ADD.title(), ADD.level(), ADD.topic(), Question.Kind.FUNCTION, "original",
        null, ADD.prompt(), ADD.starter(),
        new Question.Tests("cases", List.of(
            new Question.Case(null, "add(2, 3)", "5", null, false, false, null),
            new Question.Case(null, "add(-1, 1)", "0", null, false, false, null),
            new Question.Case(null, "add(10**20, 1)", "10**20 + 1", null, true, false, null),
            new Question.Case(null, "add(0, 0)", "0", null, true, false, null)), null, null, null),
        List.of(), ADD.hints(), ADD.explanation(), ADD.solution(), List.of(), List.of(), null, List.of(),
        List.of(), null, null, List.of());
    Question quiz = new Question(QUIZ.id(), QUIZ.title(), QUIZ.level(), QUIZ.topic(), Question.Kind.QUIZ, "original",
        null, QUIZ.prompt(), null, null, List.of(), QUIZ.hints(), QUIZ.explanation(), null, List.of(), List.of(),
        null, List.of(), QUIZ.options().stream().map(o -> new Question.Option(o.text(), o.correct(), o.why())).toList(),
        null, null, List.of());
    return new QuestionBank(List.of(add, quiz), Map.of());
  }

  private final Map<String, BotQuestion> byId = List.of(ADD, QUIZ).stream()
      .collect(Collectors.toMap(BotQuestion::id, Function.identity()));

  @Override
  public Optional<BotQuestion> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<BotQuestion> search(String text, int limit) {
    return byId.values().stream().filter(q -> q.id().contains(text) || q.title().toLowerCase().contains(text))
        .limit(limit).toList();
  }

  @Override
  public List<String> dailyPool(String level) {
    return byId.values().stream().filter(q -> q.level().equals(level)).map(BotQuestion::id).sorted().toList();
  }

  @Override
  public Optional<BotQuestion> pickDaily(List<String> candidates) {
    return candidates.stream().map(byId::get).filter(java.util.Objects::nonNull).findFirst();
  }

  @Override
  public Optional<BotQuestion> pickPractice(String level, String topic) {
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
  public Set<String> levels() {
    return Set.of("basic", "intermediate", "advanced");
  }
}
