package dailypy.app;

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
 * The question catalog over the loaded {@link QuestionBank}. Picking is the bank's; only
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
  public Optional<Question> find(String id) {
    return bank.find(id);
  }

  @Override
  public List<Question> search(String text, int limit) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return bank.all().stream()
        .filter(picker::gradable)
        .filter(q -> q.id().contains(t) || q.title().toLowerCase(Locale.ROOT).contains(t))
        .limit(limit)
        .toList();
  }

  @Override
  public List<String> dailyPool(String level) {
    return picker.gradableIds(level);
  }

  @Override
  public Optional<Question> pickDaily(List<String> candidates) {
    return picker.pickAmong(candidates);
  }

  @Override
  public Optional<Question> pickPractice(String level, String topic, Set<String> seen) {
    return picker.pick(level, topic, seen);
  }

  @Override
  public String whyNone(String level, String topic) {
    return picker.whyNone(level, topic);
  }

  @Override
  public List<Question> matching(String level, String topic) {
    return bank.filter(level, topic);
  }

  @Override
  public boolean gradable(Question q) {
    return picker.gradable(q);
  }

  @Override
  public Set<String> levels() {
    return new LinkedHashSet<>(Catalog.LEVELS);
  }
}
