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
   * The next daily question for a level: one not in {@code alreadyAsked} while any remain, and only
   * questions the available runners can grade.
   */
  Optional<BotQuestion> pickDaily(String level, Set<String> alreadyAsked);

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
