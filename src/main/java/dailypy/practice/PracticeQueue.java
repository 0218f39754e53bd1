package dailypy.practice;

import dailypy.app.App;
import dailypy.app.QuestionCatalog;
import dailypy.questions.Catalog;
import dailypy.questions.Question;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Which question a practice session shows next: the one asked for by id, else today's unsolved
 * questions (they keep the streak), then practice questions of the chosen level and topic from
 * a {@link PracticeBag}, unsolved ones first.
 */
final class PracticeQueue {

  /**
   * A question to show.
   *
   * @param newRound every practice question here was seen, and they come again in a new order
   */
  record Next(Question question, boolean newRound) {}

  private final App app;
  private final QuestionCatalog questions;
  private final LocalPlayer player;
  private final PracticeSession.Options options;
  private final Deque<Question> queue = new ArrayDeque<>();
  private final Set<String> seen = new HashSet<>();
  private final PracticeBag bag;

  PracticeQueue(App app, LocalPlayer player, PracticeSession.Options options) {
    this.app = app;
    this.questions = app.questions();
    this.player = player;
    this.options = options;
    this.bag = new PracticeBag(() -> questions.matching(options.level(), options.topic()).stream()
        .filter(questions::gradable).toList(), player::hasSolved, new Random());
  }

  /** Checks the filters and queues today's questions; a message when nothing can be practised. */
  Optional<String> plan() {
    if (options.level() != null && !Catalog.LEVELS.contains(options.level())) {
      return Optional.of(questions.whyNone(options.level(), null));
    }
    if (options.questionId() != null) {
      Optional<Question> q = questions.find(options.questionId());
      if (q.isEmpty()) {
        return Optional.of("No question with id `" + options.questionId() + "`. `tutor questions stats` lists what the bank holds.");
      }
      if (!questions.gradable(q.get())) {
        return Optional.of(app.grader().gradability(q.get()).reason());
      }
      queue.add(q.get());
    } else if (options.topic() == null) {
      List<String> levels = options.level() == null ? Catalog.LEVELS : List.of(options.level());
      player.todaysQuestions(levels).stream().filter(q -> !player.hasSolved(q)).forEach(queue::add);
    }
    if (queue.isEmpty() && questions.pickPractice(options.level(), options.topic(), Set.of()).isEmpty()) {
      return Optional.of(questions.whyNone(options.level(), options.topic()));
    }
    return Optional.empty();
  }

  /** The question after {@code current} (null at the start); empty when none is left. */
  Optional<Next> next(Question current) {
    if (!queue.isEmpty()) {
      return Optional.of(seen(new Next(queue.poll(), false)));
    }
    return bag.next(seen, current)
        .map(pick -> seen(new Next(pick.question(), pick.newRound() && current != null)));
  }

  /** Leaves a question out for the rest of the session. */
  void skip(Question question) {
    bag.skip(question);
  }

  /** Why there is no question to show. */
  String whyNone() {
    return questions.whyNone(options.level(), options.topic());
  }

  private Next seen(Next next) {
    seen.add(next.question().id());
    return next;
  }
}
