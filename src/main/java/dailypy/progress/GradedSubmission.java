package dailypy.progress;

import dailypy.verdict.Verdict;
import java.util.Objects;

/**
 * A graded answer to record. The store does not read the question bank: the caller passes the
 * question's level and topic.
 *
 * @param dailyPostId the daily post answered, or null to use the guild's latest post of this
 *     question (if it ever was a daily question there); practice answers have none
 * @param testSummary a short per-test summary for the user's history, e.g. "5/6, failed: empty"
 * @param answerMessageId the chat message the answer came from, or null (forms, practice): an
 *     answer message is recorded once per answer text, however often it is graded
 */
public record GradedSubmission(
    // who answered which question, and where it was asked
    long guildId, long userId, String questionId, Level level, String topic, Long dailyPostId,
    // the answer and how its run went
    String code, Verdict verdict, int testsPassed, int testsTotal, String testSummary, long durationMillis,
    Long answerMessageId) {

  public GradedSubmission {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(verdict, "verdict");
    code = code == null ? "" : code;
    testSummary = testSummary == null ? "" : testSummary;
  }

  /** An answer that did not come from a chat message. */
  public GradedSubmission(long guildId, long userId, String questionId, Level level, String topic,
      Long dailyPostId, String code, Verdict verdict, int testsPassed, int testsTotal,
      String testSummary, long durationMillis) {
    this(guildId, userId, questionId, level, topic, dailyPostId, code, verdict, testsPassed,
        testsTotal, testSummary, durationMillis, null);
  }

  /** Same, with the verdict given by name (PASSED, FAILED, ...). */
  public static GradedSubmission of(
      long guildId,
      long userId,
      String questionId,
      String level,
      String topic,
      Long dailyPostId,
      String code,
      String verdict,
      int testsPassed,
      int testsTotal,
      String testSummary,
      long durationMillis) {
    Verdict v;
    try {
      v = Verdict.valueOf(verdict.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("Unknown verdict '" + verdict + "'");
    }
    return new GradedSubmission(
        guildId,
        userId,
        questionId,
        Level.parse(level),
        topic,
        dailyPostId,
        code,
        v,
        testsPassed,
        testsTotal,
        testSummary,
        durationMillis);
  }
}
