package dailypy.progress;

import dailypy.verdict.Verdict;

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

  /** An outcome with nothing earned, nothing solved and no streak; set what differs. */
  public static Builder builder(Verdict verdict) {
    return new Builder(verdict);
  }

  /** Builds an outcome field by field; unset numbers are 0 and flags false. */
  public static final class Builder {
    private final Verdict verdict;
    private long submissionId;
    private boolean solved;
    private boolean resolve;
    private boolean late;
    private int hintsTaken;
    private boolean revealed;
    private int points;
    private int firstSolverBonus;
    private boolean streakCredited;
    private int streakBefore;
    private int streakAfter;
    private int longestStreak;
    private int freezesUsed;
    private boolean freezeEarned;
    private int freezesHeld;

    private Builder(Verdict verdict) {
      this.verdict = verdict;
    }

    public Builder submissionId(long id) {
      this.submissionId = id;
      return this;
    }

    /** A pass: a first solve of the question, or a re-solve ({@code resolve}) that earns nothing. */
    public Builder solve(boolean resolve) {
      this.solved = !resolve;
      this.resolve = resolve;
      return this;
    }

    public Builder late(boolean late) {
      this.late = late;
      return this;
    }

    public Builder hints(int taken, boolean revealed) {
      this.hintsTaken = taken;
      this.revealed = revealed;
      return this;
    }

    public Builder points(int points, int firstSolverBonus) {
      this.points = points;
      this.firstSolverBonus = firstSolverBonus;
      return this;
    }

    /** The streak as it stands, unchanged by this submission. */
    public Builder streak(StreakView view) {
      return streak(false, view.current(), view.current(), view.longest(), view.freezes());
    }

    /** The streak before and after, and whether this submission credited today. */
    public Builder streak(boolean credited, int before, int after, int longest, int freezesHeld) {
      this.streakCredited = credited;
      this.streakBefore = before;
      this.streakAfter = after;
      this.longestStreak = longest;
      this.freezesHeld = freezesHeld;
      return this;
    }

    public Builder freezes(int used, boolean earned) {
      this.freezesUsed = used;
      this.freezeEarned = earned;
      return this;
    }

    public SubmissionOutcome build() {
      return new SubmissionOutcome(submissionId, verdict, solved, resolve, late, hintsTaken, revealed, points,
          firstSolverBonus, streakCredited, streakBefore, streakAfter, longestStreak, freezesUsed, freezeEarned,
          freezesHeld);
    }
  }
}
