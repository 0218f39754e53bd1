package dailypy.progress;

/** Points for a fresh solve; see docs/rules.md. */
final class PointsRule {
  static final int FIRST_SOLVER_BONUS = 5;

  private PointsRule() {}

  /**
   * The level's points minus 25% per hint taken before solving, never below 25%, rounded half
   * up to whole points; zero after a reveal.
   */
  static int solvePoints(Level level, int hintsBeforeSolve, boolean revealedBeforeSolve) {
    if (revealedBeforeSolve) {
      return 0;
    }
    int percent = Math.max(25, 100 - 25 * Math.max(0, hintsBeforeSolve));
    return (level.points() * percent + 50) / 100;
  }
}
