package dailypy.app;

import dailypy.questions.Question;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The question bank as the front ends need it ({@link BankQuestions} over the loaded bank; tests
 * use small fixed catalogs). Only questions the grader can grade here are ever offered.
 */
public interface QuestionCatalog {

  Optional<Question> find(String id);

  /** Gradable questions whose id or title contains {@code text}; at most {@code limit}. */
  List<Question> search(String text, int limit);

  /**
   * Ids of the level's questions the available runners can grade: the pool daily questions cycle
   * through (the progress port says which are still fresh, see
   * {@link ProgressPort#freshQuestions}).
   */
  List<String> dailyPool(String level);

  /** The next daily question: one of {@code candidates}, at random. Empty when there are none. */
  Optional<Question> pickDaily(List<String> candidates);

  /**
   * A practice question; level and topic may be null for "any". One not in {@code seen} while any
   * remain.
   */
  Optional<Question> pickPractice(String level, String topic, Set<String> seen);

  /**
   * Why {@link #pickPractice} found nothing, for the user: no such level or topic, or the questions
   * exist but this server cannot grade them ("This server can't grade pandas questions: install
   * python3-pandas.").
   */
  String whyNone(String level, String topic);

  /**
   * Every question of the level and topic (null for any), gradable here or not, in a stable
   * order: for a front end that works through them all, or says which it leaves out and why.
   * The default suits a catalog that holds only gradable questions.
   */
  default List<Question> matching(String level, String topic) {
    return search("", Integer.MAX_VALUE).stream()
        .filter(q -> level == null || q.level().equals(level))
        .filter(q -> topic == null || q.topic().equals(topic))
        .toList();
  }

  /** Whether this server can grade the question. */
  boolean gradable(Question q);

  Set<String> levels();
}
