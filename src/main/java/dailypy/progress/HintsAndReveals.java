package dailypy.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The help a user took on a question: hints (one at a time, each lowering the points of a later
 * solve) and a reveal of the solution (which forfeits them). {@link Submissions} reads both when
 * it records a solve.
 */
public final class HintsAndReveals extends StoreTables {
  HintsAndReveals(Database db, Clock clock) {
    super(db, clock);
  }

  /**
   * Records the next hint unless all {@code available} hints of the question are taken already.
   * Returns how many the user has taken now, or empty when nothing was recorded: asking again
   * after the last hint shows nothing new, so it must not lower the points. Hints taken before
   * the solve reduce its points (see rules.md).
   */
  public OptionalInt recordHint(long guildId, long userId, String questionId, int available) {
    if (available < 1) {
      return OptionalInt.empty();
    }
    return db.write(
        "recording a hint",
        c -> {
          int changed =
              Sql.update(
                  c,
                  "INSERT INTO hints (guild_id, user_id, question_id, taken, last_at)"
                      + " VALUES (?,?,?,1,?) ON CONFLICT (guild_id, user_id, question_id)"
                      + " DO UPDATE SET taken = hints.taken + 1, last_at = excluded.last_at"
                      + " WHERE hints.taken < ?",
                  guildId,
                  userId,
                  questionId,
                  clock.millis(),
                  available);
          return changed == 0
              ? OptionalInt.empty()
              : OptionalInt.of(hintsTaken(c, guildId, userId, questionId));
        });
  }

  /**
   * Records that a user revealed a question's solution. Returns true if this forfeits the
   * question's points (they had not solved it yet), false if they had already solved it.
   */
  public boolean recordReveal(long guildId, long userId, String questionId) {
    return db.write(
        "recording a reveal",
        c -> {
          Sql.update(
              c,
              "INSERT INTO reveals (guild_id, user_id, question_id, revealed_at) VALUES (?,?,?,?)"
                  + " ON CONFLICT DO NOTHING",
              guildId,
              userId,
              questionId,
              clock.millis());
          return !solved(c, guildId, userId, questionId);
        });
  }

  public boolean hasSolved(long guildId, long userId, String questionId) {
    return db.read("checking a solve", c -> solved(c, guildId, userId, questionId));
  }

  /** How many hints the user has taken on this question. */
  public int hintsTaken(long guildId, long userId, String questionId) {
    return db.read("reading hints", c -> hintsTaken(c, guildId, userId, questionId));
  }

  static int hintsTaken(Connection c, long guildId, long userId, String questionId)
      throws SQLException {
    return userQuestionValue(c, "taken", "hints", guildId, userId, questionId).map(Long::intValue).orElse(0);
  }

  static boolean revealed(Connection c, long guildId, long userId, String questionId)
      throws SQLException {
    return userQuestionValue(c, "1", "reveals", guildId, userId, questionId).isPresent();
  }

  static boolean solved(Connection c, long guildId, long userId, String questionId)
      throws SQLException {
    return userQuestionValue(c, "1", "solves", guildId, userId, questionId).isPresent();
  }

  /**
   * A column of the user's row about the question, in one of the tables keyed by guild, user and
   * question (hints, reveals, solves); both names are this class's constants, never input.
   */
  private static Optional<Long> userQuestionValue(Connection c, String column, String table,
      long guildId, long userId, String questionId) throws SQLException {
    return Sql.queryLong(c, "SELECT " + column + " FROM " + table
        + " WHERE guild_id = ? AND user_id = ? AND question_id = ?", guildId, userId, questionId);
  }
}
