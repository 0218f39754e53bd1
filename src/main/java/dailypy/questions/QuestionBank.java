package dailypy.questions;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/** The loaded questions, in a stable order (level, topic, id). */
public final class QuestionBank {

  private final List<Question> questions;
  private final Map<String, Question> byId;
  private final Map<String, Path> files;

  public QuestionBank(List<Question> questions, Map<String, Path> files) {
    this.questions = questions.stream().sorted(Comparator
        .comparing((Question q) -> Catalog.LEVELS.indexOf(q.level()))
        .thenComparing(Question::topic).thenComparing(Question::id)).toList();
    this.byId = Map.copyOf(questions.stream().collect(java.util.stream.Collectors.toMap(
        Question::id, q -> q)));
    this.files = Map.copyOf(files);
  }

  public List<Question> all() {
    return questions;
  }

  public Optional<Question> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The file a question was loaded from, for messages. */
  public Optional<Path> file(String id) {
    return Optional.ofNullable(files.get(id));
  }

  /** Questions matching level and topic; null means any. */
  public List<Question> filter(String level, String topic) {
    return questions.stream()
        .filter(q -> level == null || q.level().equals(level))
        .filter(q -> topic == null || q.topic().equals(topic))
        .toList();
  }

  public int size() {
    return questions.size();
  }

  /**
   * Picks a question of a level that passes {@code gradable}: one not in {@code used} while any
   * remain, then any (the pool is exhausted and starts over).
   *
   * @return empty when no question of the level can be graded here
   */
  public Optional<Question> pick(String level, String topic, Set<String> used,
      Predicate<Question> gradable, Random random) {
    List<Question> candidates = filter(level, topic).stream().filter(gradable).toList();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    List<Question> fresh = candidates.stream().filter(q -> !used.contains(q.id())).toList();
    List<Question> pool = fresh.isEmpty() ? candidates : fresh;
    return Optional.of(pool.get(random.nextInt(pool.size())));
  }
}
