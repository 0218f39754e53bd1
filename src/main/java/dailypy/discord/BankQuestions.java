package dailypy.discord;

import dailypy.grading.Grader;
import dailypy.grading.QuestionPicker;
import dailypy.questions.Catalog;
import dailypy.questions.Question;
import dailypy.questions.QuestionBank;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The bot's question catalog over the loaded {@link QuestionBank}. Picking is the bank's; only
 * questions the grader can grade here are ever offered.
 */
public final class BankQuestions implements QuestionCatalog {
  private final QuestionBank bank;
  private final QuestionPicker picker;

  public BankQuestions(QuestionBank bank, Grader grader, Random random) {
    this.picker = new QuestionPicker(bank, grader, random);
    this.bank = bank;
  }

  @Override
  public Optional<BotQuestion> find(String id) {
    return bank.find(id).map(BankQuestions::view);
  }

  @Override
  public List<BotQuestion> search(String text, int limit) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return bank.all().stream()
        .filter(this::gradable)
        .filter(q -> q.id().contains(t) || q.title().toLowerCase(Locale.ROOT).contains(t))
        .limit(limit)
        .map(BankQuestions::view)
        .toList();
  }

  @Override
  public List<String> dailyPool(String level) {
    return picker.gradableIds(level);
  }

  @Override
  public Optional<BotQuestion> pickDaily(List<String> candidates) {
    return picker.pickAmong(candidates).map(BankQuestions::view);
  }

  @Override
  public Optional<BotQuestion> pickPractice(String level, String topic) {
    return picker.pick(level, topic, Set.of()).map(BankQuestions::view);
  }

  @Override
  public String whyNone(String level, String topic) {
    return picker.whyNone(level, topic);
  }

  @Override
  public Set<String> levels() {
    return new LinkedHashSet<>(Catalog.LEVELS);
  }

  private boolean gradable(Question q) {
    return picker.gradable(q);
  }

  /** What the bot shows of a question; an output question's snippet becomes part of its prompt. */
  static BotQuestion view(Question q) {
    boolean output = q.kind() == Question.Kind.OUTPUT;
    String prompt = q.prompt() == null ? "" : q.prompt().strip();
    if (output && q.snippet() != null && !q.snippet().isBlank()) {
      prompt = prompt + "\n" + MarkdownSafe.codeBlock("python", q.snippet().stripTrailing(), 2000);
    }
    String solution = output ? MarkdownSafe.codeBlock("", q.expectedOutput(), 1000) : q.solution();
    return new BotQuestion(q.id(), q.title(), q.level(), q.topic(), q.kind().yamlName(), prompt,
        q.starter(), q.hints(), q.explanation() == null ? "" : q.explanation(), output ? "" : solution,
        q.options().stream().map(o -> new BotQuestion.Option(o.text(), o.correct(), o.why())).toList());
  }
}
