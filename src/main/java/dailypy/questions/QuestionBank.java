package dailypy.questions;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/** The loaded questions, ordered by level, topic and id; immutable and safe to share. */
public final class QuestionBank {

  private final List<Question> questions;
  private final Map<String, Question> byId = new LinkedHashMap<>();

  public QuestionBank(List<Question> questions) {
    this.questions = questions.stream()
        .sorted(Comparator.comparingInt((Question q) -> Taxonomy.LEVELS.indexOf(q.level()))
            .thenComparingInt(q -> Taxonomy.TOPICS.indexOf(q.topic()))
            .thenComparing(Question::id))
        .toList();
    for (Question q : this.questions) {
      if (byId.putIfAbsent(q.id(), q) != null) {
        throw new IllegalArgumentException("duplicate question id " + q.id());
      }
    }
  }

  public List<Question> all() {
    return questions;
  }

  public int size() {
    return questions.size();
  }

  public Optional<Question> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Questions matching every given filter; a null filter matches anything. */
  public List<Question> list(String level, String topic, Kind kind) {
    return questions.stream()
        .filter(q -> level == null || q.level().equals(level))
        .filter(q -> topic == null || q.topic().equals(topic))
        .filter(q -> kind == null || q.kind() == kind)
        .toList();
  }

  /**
   * Picks a question of {@code level} that is not in {@code used} and that {@code gradable}
   * accepts, uniformly at random; empty when none is left, so the caller decides whether to start
   * the level over. Deterministic for a Random with a fixed seed, since candidates are taken in
   * the bank's fixed order.
   */
  public Optional<Question> pick(String level, Set<String> used, Predicate<Question> gradable,
      Random random) {
    List<Question> candidates = questions.stream()
        .filter(q -> q.level().equals(level))
        .filter(q -> !used.contains(q.id()))
        .filter(gradable)
        .toList();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(candidates.get(random.nextInt(candidates.size())));
  }
}
