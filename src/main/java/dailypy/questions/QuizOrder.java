package dailypy.questions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order a quiz's options are shown in. Authors tend to write the correct option first; shown
 * in file order, "always A" would score well. Options are shuffled once, with a seed taken from
 * the question's id, so every front end, every day and every restart shows (and grades) the same
 * order.
 */
public final class QuizOrder {
  private QuizOrder() {}

  public static Question shuffled(Question q) {
    if (q.kind() != Question.Kind.QUIZ || q.options().size() < 2) {
      return q;
    }
    List<Question.Option> options = new ArrayList<>(q.options());
    Collections.shuffle(options, new Random(seed(q.id())));
    return new Question(q.id(), q.title(), q.level(), q.topic(), q.kind(), q.source(),
        q.guideNumber(), q.prompt(), q.starter(), q.tests(), q.constraints(), q.hints(),
        q.explanation(), q.solution(), q.wrongSolutions(), q.requires(), q.limits(), q.tags(),
        List.copyOf(options), q.snippet(), q.expectedOutput(), q.wrongAnswers());
  }

  /** A seed that depends only on the id (String.hashCode is specified, so it never changes). */
  static long seed(String id) {
    return 0x5DEECE66DL ^ id.hashCode();
  }
}
