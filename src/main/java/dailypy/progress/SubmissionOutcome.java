package dailypy.progress;

import dailypy.runner.Verdict;

/**
 * What recording one graded submission did, for the reply to the user.
 *
 * @param solved this submission passed and was the user's first solve of the question here
 * @param resolve it passed, but the user had already solved this question: it earns nothing
 * @param late it answered a daily question after that question's day: points, but no streak
 * @param points points for the question after hint penalties (0 after a reveal)
 * @param firstSolverBonus {@code 5} if this was the first solve of the daily question, else 0
 * @param streakCredited whether this solve counted today for the streak
 * @param streakBefore the streak the user had before (0 if it had lapsed)
 * @param freezesUsed freezes used up to cover missed days
 * @param freezeEarned whether this solve earned a freeze
 */
public record SubmissionOutcome(
    long submissionId,
    Verdict verdict,
    boolean solved,
    boolean resolve,
    boolean late,
    int hintsTaken,
    boolean revealed,
    int points,
    int firstSolverBonus,
    boolean streakCredited,
    int streakBefore,
    int streakAfter,
    int longestStreak,
    int freezesUsed,
    boolean freezeEarned,
    int freezesHeld) {

  /** Points added to the user's total by this submission. */
  public int totalAwarded() {
    return points + firstSolverBonus;
  }
}
