package dailypy.progress;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Daily post slots. The poster first {@link #claim claims} the (guild, level, date) slot, then
 * posts to Discord, then {@link #markPosted records} the message. After a restart, a claimed but
 * unposted slot is found again by {@link #find} and posted once; a posted slot is never reposted.
 */
public final class DailyPosts extends StoreTables {
  DailyPosts(Database db, Clock clock) {
    super(db, clock);
  }

  /** The result of a claim: the slot's post, and whether this call created it. */
  public record Claim(DailyPost post, boolean created) {}

  /**
   * Claims the slot for {@code questionId}, or returns the existing claim (possibly for another
   * question) if the slot was already taken. A new claim also marks the question as used in the
   * guild's question history, in the same transaction.
   */
  public Claim claim(long guildId, Level level, LocalDate date, String questionId) {
    Objects.requireNonNull(questionId, "questionId");
    return db.write(
        "claiming a daily post",
        c -> {
          long now = clock.millis();
          int inserted =
              Sql.update(
                  c,
                  "INSERT INTO daily_posts (guild_id, level, post_date, question_id, claimed_at)"
                      + " VALUES (?,?,?,?,?) ON CONFLICT (guild_id, level, post_date) DO NOTHING",
                  guildId,
                  level.id(),
                  date.toString(),
                  questionId,
                  now);
          if (inserted == 1) {
            QuestionHistory.markUsed(c, guildId, level, questionId, now);
          }
          DailyPost post = find(c, guildId, level, date).orElseThrow();
          return new Claim(post, inserted == 1);
        });
  }

  /** Records the Discord message (and thread, if any) of a claimed post, and the time posted. */
  public DailyPost markPosted(long postId, long messageId, Long threadId) {
    return db.write(
        "recording a daily post message",
        c -> {
          int n =
              Sql.update(
                  c,
                  "UPDATE daily_posts SET message_id = ?, thread_id = ?, posted_at = ? WHERE id = ?",
                  messageId,
                  threadId,
                  clock.millis(),
                  postId);
          if (n == 0) {
            throw new IllegalArgumentException("No daily post with id " + postId);
          }
          return byId(c, postId).orElseThrow();
        });
  }

  /**
   * Records a user's choice on a multiple-choice daily question. Only the first answer counts:
   * returns false (and changes nothing) if the user had already answered this post.
   */
  public boolean recordQuizAnswer(long postId, long userId, int option) {
    return db.write(
        "recording a quiz answer",
        c -> {
          DailyPost post =
              byId(c, postId)
                  .orElseThrow(() -> new IllegalArgumentException("No daily post with id " + postId));
          boolean first =
              Sql.update(
                      c,
                      "INSERT INTO quiz_answers (daily_post_id, guild_id, user_id, option,"
                          + " answered_at) VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING",
                      postId,
                      post.guildId(),
                      userId,
                      option,
                      clock.millis())
                  == 1;
          if (first) {
            Sql.update(
                c,
                "INSERT INTO quiz_tally (daily_post_id, option, answers) VALUES (?,?,1)"
                    + " ON CONFLICT (daily_post_id, option) DO UPDATE SET answers = quiz_tally.answers + 1",
                postId,
                option);
          }
          return first;
        });
  }

  /**
   * How many users chose each option of a multiple-choice daily question, by option. The counts
   * are anonymous and survive forget-me.
   */
  public java.util.SortedMap<Integer, Integer> quizTally(long postId) {
    return db.read(
        "reading a quiz tally",
        c -> {
          java.util.SortedMap<Integer, Integer> tally = new java.util.TreeMap<>();
          for (int[] row :
              Sql.queryList(
                  c,
                  "SELECT option, answers FROM quiz_tally WHERE daily_post_id = ?",
                  rs -> new int[] {rs.getInt(1), rs.getInt(2)},
                  postId)) {
            tally.put(row[0], row[1]);
          }
          return tally;
        });
  }

  /** How many users solved this daily question (on its day or later). */
  public int solveCount(long postId) {
    return db.read("counting solves", c -> Sql.queryLong(c,
        "SELECT COUNT(DISTINCT user_id) FROM solves WHERE daily_post_id = ?", postId)
        .map(Long::intValue).orElse(0));
  }

  public Optional<DailyPost> find(long guildId, Level level, LocalDate date) {
    return db.read("reading a daily post", c -> find(c, guildId, level, date));
  }

  /** All posts of a guild on one local date, basic first. */
  public List<DailyPost> onDate(long guildId, LocalDate date) {
    return db.read(
        "reading daily posts",
        c ->
            Sql.queryList(
                    c,
                    "SELECT * FROM daily_posts WHERE guild_id = ? AND post_date = ?",
                    DailyPosts::map,
                    guildId,
                    date.toString())
                .stream()
                .sorted((a, b) -> a.level().compareTo(b.level()))
                .toList());
  }

  public Optional<DailyPost> byId(long postId) {
    return db.read("reading a daily post", c -> byId(c, postId));
  }

  /** The post whose message or thread has this Discord id. */
  public Optional<DailyPost> byMessageOrThread(long discordId) {
    return db.read(
        "reading a daily post",
        c ->
            Sql.queryOne(
                c,
                "SELECT * FROM daily_posts WHERE message_id = ? OR thread_id = ? LIMIT 1",
                DailyPosts::map,
                discordId,
                discordId));
  }

  /** The most recent post of this question in the guild, if it was ever a daily question there. */
  public Optional<DailyPost> latestFor(long guildId, String questionId) {
    return db.read("reading a daily post", c -> latestFor(c, guildId, questionId));
  }

  static Optional<DailyPost> latestFor(Connection c, long guildId, String questionId)
      throws SQLException {
    return Sql.queryOne(
        c,
        "SELECT * FROM daily_posts WHERE guild_id = ? AND question_id = ?"
            + " ORDER BY post_date DESC LIMIT 1",
        DailyPosts::map,
        guildId,
        questionId);
  }

  static Optional<DailyPost> byId(Connection c, long postId) throws SQLException {
    return Sql.queryOne(c, "SELECT * FROM daily_posts WHERE id = ?", DailyPosts::map, postId);
  }

  private static Optional<DailyPost> find(Connection c, long guildId, Level level, LocalDate date)
      throws SQLException {
    return Sql.queryOne(
        c,
        "SELECT * FROM daily_posts WHERE guild_id = ? AND level = ? AND post_date = ?",
        DailyPosts::map,
        guildId,
        level.id(),
        date.toString());
  }

  static DailyPost map(ResultSet rs) throws SQLException {
    Long posted = Sql.nullableLong(rs, "posted_at");
    return new DailyPost(
        rs.getLong("id"),
        rs.getLong("guild_id"),
        Level.parse(rs.getString("level")),
        LocalDate.parse(rs.getString("post_date")),
        rs.getString("question_id"),
        Sql.nullableLong(rs, "message_id"),
        Sql.nullableLong(rs, "thread_id"),
        Instant.ofEpochMilli(rs.getLong("claimed_at")),
        posted == null ? null : Instant.ofEpochMilli(posted));
  }
}
