package dailypy.grading;

import dailypy.questions.Catalog;
import dailypy.questions.Question;
import dailypy.questions.QuestionBank;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Picks questions this server can grade, for both front ends, and says why there is none: an
 * unknown level or topic, or questions that only a missing backend or package could grade.
 */
public record QuestionPicker(QuestionBank bank, Grader grader, Random random) {
  public boolean gradable(Question q) {
    return grader.gradability(q).gradable();
  }

  /**
   * A gradable question of the level and topic (null for any), not in {@code used} while any
   * remain.
   */
  public Optional<Question> pick(String level, String topic, Set<String> used) {
    return bank.pick(level, topic, used, this::gradable, random);
  }

  /**
   * Ids of the level's questions this server can grade, in bank order: the pool a daily question
   * is drawn from (the progress store says which of them are still fresh).
   */
  public List<String> gradableIds(String level) {
    return bank.filter(level, null).stream().filter(this::gradable).map(Question::id).toList();
  }

  /** One of {@code ids} at random, among those in the bank that this server can grade. */
  public Optional<Question> pickAmong(Collection<String> ids) {
    List<Question> candidates = ids.stream().distinct().map(bank::find).flatMap(Optional::stream)
        .filter(this::gradable).toList();
    return candidates.isEmpty() ? Optional.empty()
        : Optional.of(candidates.get(random.nextInt(candidates.size())));
  }

  /** Why {@link #pick} finds nothing for these filters, in words for the user. */
  public String whyNone(String level, String topic) {
    if (level != null && !Catalog.LEVELS.contains(level)) {
      return "There is no level `" + level + "`; the levels are " + String.join(", ", Catalog.LEVELS) + ".";
    }
    List<Question> matching = bank.filter(level, topic);
    if (matching.isEmpty()) {
      return "No question matches" + (level == null ? "" : " level `" + level + "`")
          + (topic == null ? "" : " topic `" + shorten(topic) + "`") + "."
          + (topic != null && !Catalog.TOPICS.contains(topic) ? " The topics are " + topicList() + "." : "");
    }
    return matching.stream().map(grader::gradability).filter(g -> !g.gradable())
        .map(Grader.Gradability::reason).findFirst()
        .orElse("Every matching question can be graded; try again.");
  }

  /** Every topic, sorted: a cut list would hide the very topic the user was looking for. */
  public static String topicList() {
    return String.join(", ", Catalog.TOPICS.stream().sorted().toList());
  }

  private static String shorten(String s) {
    return s.length() <= 50 ? s : s.substring(0, 49) + "…";
  }
}
