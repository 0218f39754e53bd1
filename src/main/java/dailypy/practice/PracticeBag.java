package dailypy.practice;

import dailypy.questions.Question;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The practice questions of a level and topic in shuffle-bag order: every available question
 * once, in random order (unsolved ones first), before any comes again; then a fresh shuffle that
 * does not start with the question just shown. Random picks with replacement repeat a question
 * long before the others are seen, most of all when only a few are available.
 */
final class PracticeBag {
  /** A question, and whether it starts another round through questions already seen. */
  record Pick(Question question, boolean newRound) {}

  private final Supplier<List<Question>> available;
  private final Predicate<Question> solved;
  private final Random random;
  private final Deque<Question> bag = new ArrayDeque<>();
  private final Set<String> skipped = new HashSet<>();
  private boolean firstRound = true;

  /**
   * @param available the gradable questions of the level and topic, asked at each refill
   * @param solved whether the player has solved a question (those come last in the first round)
   */
  PracticeBag(Supplier<List<Question>> available, Predicate<Question> solved, Random random) {
    this.available = available;
    this.solved = solved;
    this.random = random;
  }

  /** Leaves the question out of later rounds too. */
  void skip(Question q) {
    skipped.add(q.id());
  }

  /**
   * The next question. In the first round none of {@code seen} (shown already, e.g. as today's
   * question) comes; empty when nothing is left that was not skipped.
   */
  Optional<Pick> next(Set<String> seen, Question lastShown) {
    bag.removeIf(q -> skipped.contains(q.id()));
    boolean newRound = false;
    if (bag.isEmpty()) {
      newRound = !firstRound || refillFirstRound(seen) == 0;
      if (newRound) {
        firstRound = false;
        refill(lastShown);
      }
    }
    Question q = bag.poll();
    return q == null ? Optional.empty() : Optional.of(new Pick(q, newRound));
  }

  private int refillFirstRound(Set<String> seen) {
    List<Question> unsolved = new ArrayList<>();
    List<Question> done = new ArrayList<>();
    for (Question q : remaining()) {
      if (!seen.contains(q.id())) {
        (solved.test(q) ? done : unsolved).add(q);
      }
    }
    Collections.shuffle(unsolved, random);
    Collections.shuffle(done, random);
    bag.addAll(unsolved);
    bag.addAll(done);
    firstRound = false;
    return bag.size();
  }

  private void refill(Question lastShown) {
    List<Question> all = new ArrayList<>(remaining());
    Collections.shuffle(all, random);
    if (all.size() > 1 && lastShown != null && all.getFirst().id().equals(lastShown.id())) {
      Collections.swap(all, 0, 1 + random.nextInt(all.size() - 1));
    }
    bag.addAll(all);
  }

  private List<Question> remaining() {
    return available.get().stream().filter(q -> !skipped.contains(q.id())).toList();
  }
}
