package dailypy.discord;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The question bank as the bot needs it. */
public interface QuestionCatalog {

  Optional<BotQuestion> find(String id);

  /** Questions whose id or title contains {@code text}, for autocomplete; at most {@code limit}. */
  List<BotQuestion> search(String text, int limit);

  /**
   * Ids of the level's questions the available runners can grade: the pool daily questions cycle
   * through (the progress port says which are still fresh, see
   * {@link ProgressPort#freshQuestions}).
   */
  List<String> dailyPool(String level);

  /** The next daily question: one of {@code candidates}, at random. Empty when there are none. */
  Optional<BotQuestion> pickDaily(List<String> candidates);

  /** A practice question; level and topic may be null for "any". */
  Optional<BotQuestion> pickPractice(String level, String topic);

  /**
   * Why {@link #pickPractice} found nothing, for the user: no such level or topic, or the questions
   * exist but this server cannot grade them ("This server can't grade pandas questions: install
   * python3-pandas.").
   */
  String whyNone(String level, String topic);

  Set<String> levels();
}
