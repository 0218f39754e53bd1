package dailypy.progress;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which message holds the bot's result for an answer message. Only message ids are kept (no user
 * ids), and only for {@link #KEEP}: an answer edited later than that gets a new result message.
 */
public final class AnswerResults extends StoreTables {
  /** How long a result message is remembered; edits of older answers are rare. */
  public static final Duration KEEP = Duration.ofDays(90);

  AnswerResults(Database db, Clock clock) {
    super(db, clock);
  }

  /** The result message of an answer message in this guild, if one was saved and not pruned. */
  public OptionalLong find(long guildId, long answerMessageId) {
    return row("reading an answer's result message", "result_message_id", "", guildId, answerMessageId)
        .map(OptionalLong::of)
        .orElseGet(OptionalLong::empty);
  }

  /**
   * Whether the answer message got its final message (its result, or why it was not graded), not
   * only a status line. A bot catching up after a restart grades the others again.
   */
  public boolean answered(long guildId, long answerMessageId) {
    return row("reading whether an answer was answered", "1", " AND answered = 1", guildId, answerMessageId)
        .isPresent();
  }

  /** A column of the answer message's row, if it has one that meets {@code andWhere} (constants only). */
  private Optional<Long> row(String what, String column, String andWhere, long guildId, long answerMessageId) {
    return db.read(what, c -> Sql.queryLong(c, "SELECT " + column + " FROM answer_results"
        + " WHERE answer_message_id = ? AND guild_id = ?" + andWhere, answerMessageId, guildId));
  }

  /**
   * Saves (or replaces, when the old one was deleted and a new reply was posted) the result
   * message of an answer message, and prunes rows older than {@link #KEEP}.
   */
  public void save(long guildId, long answerMessageId, long resultMessageId) {
    save(guildId, answerMessageId, resultMessageId, false);
  }

  /**
   * The same; {@code answered} when the message now shows the answer's final message. An answer
   * once answered stays answered (a later edit of it shows "queued" before its new result).
   */
  public void save(long guildId, long answerMessageId, long resultMessageId, boolean answered) {
    long now = clock.millis();
    db.write(
        "saving an answer's result message",
        c -> {
          Sql.update(
              c,
              "INSERT INTO answer_results (guild_id, answer_message_id, result_message_id,"
                  + " created_at, answered) VALUES (?,?,?,?,?) ON CONFLICT (answer_message_id)"
                  + " DO UPDATE SET result_message_id = excluded.result_message_id,"
                  + " answered = CASE WHEN excluded.answered = 1 THEN 1"
                  + " ELSE answer_results.answered END",
              guildId,
              answerMessageId,
              resultMessageId,
              now,
              answered);
          return Sql.update(
              c, "DELETE FROM answer_results WHERE created_at < ?", now - KEEP.toMillis());
        });
  }
}
